//! Rule-of-thumb capacities of one instance of common technologies, with their sources, and
//! the capacity finding: a node whose share of the peak load (the load divided by the
//! instances its label states, read as shards or partitions) exceeds what one can take.

use crate::core::estimate::units::{bytes_per_second, count};
use crate::core::sketch::analysis::{Facts, Finding, FindingKind};
use crate::core::sketch::kind::{has_any, words};
use crate::core::sketch::model::Sketch;

/// Simple writes a second one relational primary takes (the Postgres rule below).
pub const ONE_PRIMARY_WRITES: f64 = 10_000.0;

/// Which load a rule measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Load {
    /// Peak writes a second.
    Writes,
    /// Peak reads and writes a second.
    Operations,
    /// Peak bytes written a second.
    BytesIn,
}

/// One rule of thumb.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Words in a node's name that the rule applies to (any of them).
    pub names: &'static [&'static str],
    /// What one instance is called in the message: "Postgres primary".
    pub unit: &'static str,
    /// Which load it measures.
    pub load: Load,
    /// What one instance takes.
    pub capacity: f64,
    /// What to do when the load exceeds it.
    pub advice: &'static str,
}

/// The rules, first match wins.
pub const RULES: &[Rule] = &[
    // Postgres: pgbench's simple-update runs on an 8–16 vCPU server with SSDs reach
    // ~5–10k transactions/s before WAL and fsync saturate (Postgres wiki "Performance
    // Optimization"; cloud vendors' published pgbench results); the upper end is taken.
    Rule {
        names: &["postgres", "postgresql", "aurora", "rds", "citus"],
        unit: "Postgres primary",
        load: Load::Writes,
        capacity: ONE_PRIMARY_WRITES,
        advice: "shard, batch or queue",
    },
    // MySQL/InnoDB: sysbench write-only on similar hardware lands in the same ~5–10k/s band
    // (Percona's sysbench write benchmarks).
    Rule {
        names: &["mysql", "mariadb"],
        unit: "MySQL primary",
        load: Load::Writes,
        capacity: ONE_PRIMARY_WRITES,
        advice: "shard, batch or queue",
    },
    // MongoDB: one replica set's primary takes all writes; ~10k small inserts/s with
    // journaling (MongoDB's production notes and YCSB write-heavy runs).
    Rule {
        names: &["mongo", "mongodb"],
        unit: "MongoDB primary",
        load: Load::Writes,
        capacity: 10_000.0,
        advice: "shard the collection, or batch",
    },
    // Cassandra/Scylla: ~10–20k writes/s a node for small rows (DataStax and ScyllaDB
    // cassandra-stress results); 15k taken for Cassandra.
    Rule {
        names: &["cassandra"],
        unit: "Cassandra node",
        load: Load::Writes,
        capacity: 15_000.0,
        advice: "add nodes",
    },
    // Redis: redis-benchmark shows ~100k+ simple operations/s on one core without
    // pipelining ("How fast is Redis?", redis.io).
    Rule {
        names: &["redis", "valkey", "elasticache"],
        unit: "Redis node",
        load: Load::Operations,
        capacity: 100_000.0,
        advice: "shard with Redis Cluster or add read replicas",
    },
    // Kafka: Confluent's partition sizing guidance plans ~10 MB/s of produce a partition
    // ("How to choose the number of topics/partitions in a Kafka cluster?").
    Rule {
        names: &["kafka"],
        unit: "Kafka partition",
        load: Load::BytesIn,
        capacity: 10e6,
        advice: "add partitions",
    },
    // Kinesis: 1 MB/s or 1,000 records/s of writes a shard (AWS Kinesis Data Streams quotas).
    Rule {
        names: &["kinesis"],
        unit: "Kinesis shard",
        load: Load::BytesIn,
        capacity: 1e6,
        advice: "add shards",
    },
    // RabbitMQ: one queue is one Erlang process, ~20–50k messages/s (RabbitMQ blog, "Sizing
    // your Rabbits"); 30k taken.
    Rule {
        names: &["rabbitmq"],
        unit: "RabbitMQ queue",
        load: Load::Writes,
        capacity: 30_000.0,
        advice: "spread over several queues",
    },
    // SQS FIFO: 300 messages/s a queue without batching, 3,000 with (AWS SQS quotas).
    Rule {
        names: &["sqs fifo", "fifo"],
        unit: "SQS FIFO queue",
        load: Load::Writes,
        capacity: 300.0,
        advice: "batch, or use a standard queue",
    },
    // A database of no named technology: taken as one relational primary.
    Rule {
        names: &["database", "db"],
        unit: "database primary",
        load: Load::Writes,
        capacity: ONE_PRIMARY_WRITES,
        advice: "shard, batch or queue",
    },
];

/// The rule for a node's name, if any.
pub fn rule_for(name: &str) -> Option<&'static Rule> {
    let words = words(name);
    RULES.iter().find(|r| has_any(&words, r.names))
}

/// The peak load `facts` give for `load`, if they give it.
fn peak(facts: &Facts, load: Load) -> Option<f64> {
    match load {
        Load::Writes => facts.peak_writes_per_s,
        Load::Operations => Some(facts.peak_reads_per_s? + facts.peak_writes_per_s.unwrap_or(0.0)),
        Load::BytesIn => facts.peak_bytes_in_per_s,
    }
}

/// A load written in its unit: "40k writes/s", "25 MB/s (23.8 MiB/s)".
fn shown(load: Load, value: f64) -> String {
    match load {
        Load::Writes => format!("{} writes/s", count(value)),
        Load::Operations => format!("{} operations/s", count(value)),
        Load::BytesIn => bytes_per_second(value),
    }
}

/// A capacity finding for every node whose share of the peak load exceeds its rule's
/// capacity: "≈ 40k writes/s at peak against ~10k for one Postgres primary: shard, batch or
/// queue".
pub fn over_capacity(sketch: &Sketch, facts: &Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    for (v, node) in sketch.nodes.iter().enumerate() {
        let Some(rule) = rule_for(&node.name) else {
            continue;
        };
        let Some(load) = peak(facts, rule.load) else {
            continue;
        };
        let n = f64::from(node.instances);
        if load <= rule.capacity * n {
            continue;
        }
        let against = if node.instances == 1 {
            format!("~{} for one {}", count(rule.capacity), rule.unit)
        } else {
            format!(
                "~{} for {} × {}",
                count(rule.capacity * n),
                node.instances,
                rule.unit
            )
        };
        let at = if rule.load == Load::BytesIn {
            format!("≈ {} in at peak", shown(rule.load, load))
        } else {
            format!("≈ {} at peak", shown(rule.load, load))
        };
        let message = format!("{}: {at} against {against}: {}.", node.name, rule.advice);
        out.push(Finding {
            kind: FindingKind::OverCapacity,
            nodes: vec![v],
            message,
        });
    }
    out
}
