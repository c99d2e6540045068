//! The analysis on small graphs: node kinds, and every finding both found where it should be
//! and not found where it should not.

use archdrill::core::estimate::figures::{estimate, Inputs};
use archdrill::core::sketch::analysis::{analyse, Context, Facts, Finding, FindingKind};
use archdrill::core::sketch::kind::{kind_of, Kind};
use archdrill::core::sketch::parse::parse;

/// The findings of `kind` for the sketch `body` (after `flowchart LR`) in `context`, as
/// (node ids, message).
fn found(body: &str, context: &Context, kind: FindingKind) -> Vec<(Vec<String>, String)> {
    let sketch = parse(&format!("flowchart LR\n{body}")).unwrap();
    let ids = |f: &Finding| {
        f.nodes
            .iter()
            .map(|&v| sketch.nodes[v].id.clone())
            .collect()
    };
    analyse(&sketch, context)
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| (ids(f), f.message.clone()))
        .collect()
}

/// The node ids of each finding of `kind`.
fn nodes(body: &str, context: &Context, kind: FindingKind) -> Vec<Vec<String>> {
    found(body, context, kind)
        .into_iter()
        .map(|(n, _)| n)
        .collect()
}

/// A context with `facts`.
fn with(facts: Facts) -> Context {
    Context {
        facts,
        ..Context::default()
    }
}

/// A context knowing only the reads a write.
fn reads(r: f64) -> Context {
    with(Facts {
        reads_per_write: Some(r),
        ..Facts::default()
    })
}

/// A context knowing only the peak writes a second.
fn writes(w: f64) -> Context {
    with(Facts {
        peak_writes_per_s: Some(w),
        ..Facts::default()
    })
}

/// Asserts that no sketch of `bodies` has a finding of `kind` in `context`.
fn none_found(bodies: &[&str], context: &Context, kind: FindingKind) {
    for body in bodies {
        assert!(nodes(body, context, kind).is_empty(), "{body}");
    }
}

#[test]
fn kinds_come_from_names_then_shapes() {
    let sketch = parse(
        "flowchart LR
        a[Postgres] & b[MySQL] & c[DynamoDB] & d[Cassandra] & e[MongoDB] & f[(Orders)]
        g[Redis] & h[(Memcached)] & i[Kafka] & j[Amazon SQS] & k[RabbitMQ] & l[Pub/Sub] & m[Kinesis] & n[[Jobs]]
        o[ALB] & p[Load balancer] & q[CloudFront] & r[CDN] & s[S3] & t[GCS bucket] & u[Blob storage]
        v[API] & w[User service] & x((Browser)) & y[Mobile client] & z((Anything)) & zz[Thing]",
    )
    .unwrap();
    use Kind::*;
    let kinds: Vec<Kind> = sketch.nodes.iter().map(kind_of).collect();
    assert_eq!(
        kinds,
        [
            Database,
            Database,
            Database,
            Database,
            Database,
            Database,
            Cache,
            Cache,
            Queue,
            Queue,
            Queue,
            Queue,
            Queue,
            Queue,
            LoadBalancer,
            LoadBalancer,
            Cdn,
            Cdn,
            ObjectStore,
            ObjectStore,
            ObjectStore,
            Service,
            Service,
            Client,
            Client,
            Client,
            Service,
        ]
    );
}

#[test]
fn a_single_database_behind_redundant_services_is_a_single_point_of_failure() {
    let body = "c((Client)) --> lb[Load balancer ×2] --> api[API ×3] --> db[(Postgres)]";
    let got = found(body, &Context::default(), FindingKind::SinglePointOfFailure);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, ["db"]);
    assert_eq!(got[0].1, "Single point of failure: Postgres (database, one instance, no replica or standby named) is on every path from Client to the data.");
}

#[test]
fn every_single_instance_on_the_only_path_is_found_in_order() {
    let body = "c((Client)) --> lb[Load balancer] --> api[API] --> db[(Postgres)]";
    assert_eq!(
        nodes(body, &Context::default(), FindingKind::SinglePointOfFailure),
        [["lb"], ["api"], ["db"]]
    );
}

#[test]
fn copies_counts_and_other_paths_clear_a_single_point_of_failure() {
    let clear = [
        "c((Client)) --> db[(Postgres ×2)]",
        "c((Client)) --> db[(Postgres with standby)]",
        "c((Client)) --> db[(Postgres)]\n db -.->|replication| r[(Read replica)]",
        "c((Client)) --> db[(Aurora cluster)]",
        "c((Client)) --> a1[API] & a2[API]\n a1 & a2 --> db[(DB x2)]",
        "c((Client)) --> a1[API] --> s3[S3 ×3]\n c --> a2[API] --> s3",
        "c((Client)) --> api[API]",
        "api[API] --> cache[Redis]",
    ];
    none_found(
        &clear,
        &Context::default(),
        FindingKind::SinglePointOfFailure,
    );
}

#[test]
fn a_redundant_copy_must_be_of_the_same_kind() {
    let body = "c((Client)) --> db[(Postgres)] --> w[Standby mailer]";
    assert_eq!(
        nodes(body, &Context::default(), FindingKind::SinglePointOfFailure),
        [["db"]]
    );
}

#[test]
fn without_clients_requests_enter_where_no_edge_points() {
    let body = "api[API ×2] --> db[(Postgres)]\n cron[Cron service] --> api";
    let got = nodes(body, &Context::default(), FindingKind::SinglePointOfFailure);
    assert_eq!(got, [["db"], ["cron"]]);
    let two =
        "api[API ×2] --> db[(Postgres ×2)]\n cron[Cron service] --> api\n web[Web service] --> api";
    assert!(nodes(two, &Context::default(), FindingKind::SinglePointOfFailure).is_empty());
}

#[test]
fn async_hops_without_a_dead_letter_path_are_found() {
    let cases: [(&str, &[&[&str]]); 5] = [
        ("api[API] -.-> w[Worker]", &[&["api", "w"]]),
        (
            "api[API] --> q[[Kafka]] --> w[Worker]",
            &[&["api", "q", "w"]],
        ),
        (
            "api[API] -.-> q[SQS] --> w1[Mailer] & w2[Indexer]",
            &[&["api", "q", "w1"], &["api", "q", "w2"]],
        ),
        ("api[API] --> db[(Postgres)]", &[]),
        (
            "api[API] -.-> q[[Kafka]] -.-> w[Worker]",
            &[&["api", "q", "w"]],
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            nodes(body, &Context::default(), FindingKind::NoDeadLetter),
            expected,
            "{body}"
        );
    }
    let got = found(
        "api[API] --> q[[Kafka]] --> w[Worker]",
        &Context::default(),
        FindingKind::NoDeadLetter,
    );
    assert_eq!(got[0].1, "Asynchronous hop API → Kafka → Worker has no dead-letter queue: a message Worker cannot process is retried forever or lost.");
}

#[test]
fn a_dead_letter_node_or_note_clears_an_async_hop() {
    let clear = [
        "api[API] --> q[[Kafka]] --> w[Worker]\n w --> dlq[[DLQ]]",
        "api[API] --> q[[Kafka]] --> w[Worker]\n q --> dlq[[Dead letter queue]]",
        "api[API] -.-> w[Worker] -.-> p[[orders-dlq]]",
    ];
    none_found(&clear, &Context::default(), FindingKind::NoDeadLetter);
    let noted = Context {
        failure_notes: "Poison messages go to a dead-letter queue after 5 retries.".into(),
        ..Context::default()
    };
    none_found(
        &["api[API] -.-> w[Worker]"],
        &noted,
        FindingKind::NoDeadLetter,
    );
    let retries_only = Context {
        failure_notes: "Workers retry with backoff.".into(),
        ..Context::default()
    };
    let got = found(
        "api[API] -.-> w[Worker]",
        &retries_only,
        FindingKind::NoDeadLetter,
    );
    assert!(
        got[0]
            .1
            .ends_with("Retries are named, but not where a message goes after its last one."),
        "{}",
        got[0].1
    );
}

#[test]
fn read_heavy_without_a_cache_is_found_only_when_the_ratio_says_so() {
    let body = "c((Client)) --> api[API ×2] --> db[(Postgres ×2)]";
    let heavy = reads(100.0);
    let got = found(body, &heavy, FindingKind::NoCache);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, ["db"]);
    assert!(
        got[0].1.starts_with(
            "Read-heavy (100:1) with no cache on the read path: every read reaches Postgres."
        ),
        "{}",
        got[0].1
    );
    assert_eq!(nodes(body, &reads(10.0), FindingKind::NoCache).len(), 1);
    none_found(&[body], &reads(9.9), FindingKind::NoCache);
    none_found(&[body], &Context::default(), FindingKind::NoCache);
    let cached = "c((Client)) --> api[API ×2] --> cache[Redis] \n api --> db[(Postgres ×2)]";
    none_found(&[cached], &heavy, FindingKind::NoCache);
    let unreached = "c((Client)) --> api[API ×2] --> db[(Postgres ×2)]\n cache[Redis]";
    assert_eq!(nodes(unreached, &heavy, FindingKind::NoCache).len(), 1);
}

#[test]
fn capacity_is_weighed_against_the_rule_of_thumb_table() {
    let got = found(
        "api[API] --> db[(Postgres)]",
        &writes(40_000.0),
        FindingKind::OverCapacity,
    );
    assert_eq!(got, [(vec!["db".to_string()], "Postgres: ≈ 40k writes/s at peak against ~10k for one Postgres primary: shard, batch or queue.".to_string())]);
    let over = FindingKind::OverCapacity;
    none_found(&["api[API] --> db[(Postgres)]"], &writes(10_000.0), over);
    none_found(&["api[API] --> db[(Postgres ×4)]"], &writes(40_000.0), over);
    let shards = found(
        "api[API] --> db[(Postgres ×3)]",
        &writes(40_000.0),
        FindingKind::OverCapacity,
    );
    assert!(
        shards[0]
            .1
            .contains("against ~30k for 3 × Postgres primary"),
        "{}",
        shards[0].1
    );
}

#[test]
fn capacity_of_caches_and_logs_counts_operations_and_bytes() {
    let redis = with(Facts {
        peak_reads_per_s: Some(150_000.0),
        peak_writes_per_s: Some(1_000.0),
        ..Facts::default()
    });
    let got = found("api[API] --> r[Redis]", &redis, FindingKind::OverCapacity);
    assert_eq!(got[0].1, "Redis: ≈ 151k operations/s at peak against ~100k for one Redis node: shard with Redis Cluster or add read replicas.");
    let kafka = with(Facts {
        peak_bytes_in_per_s: Some(25e6),
        ..Facts::default()
    });
    let got = found("api[API] --> k[[Kafka]]", &kafka, FindingKind::OverCapacity);
    assert_eq!(got[0].1, "Kafka: ≈ 25 MB/s (23.8 MiB/s) in at peak against ~10M for one Kafka partition: add partitions.");
    let over = FindingKind::OverCapacity;
    none_found(&["api[API] --> k[[Kafka ×3]]"], &kafka, over);
    none_found(&["api[API] --> db[(Postgres)]"], &Context::default(), over);
    none_found(&["api[API] --> s[Service]"], &writes(1e9), over);
}

#[test]
fn over_engineering_is_looked_for_in_the_simplest_design_only() {
    let simplest = Context {
        simplest_design: true,
        ..Context::default()
    };
    let six = "gw[Gateway service] --> a[Auth service] & b[User service] & c[Order service] & d[Payment service] & e[Search service]";
    let got = found(six, &simplest, FindingKind::OverEngineering);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0.len(), 6);
    assert!(got[0]
        .1
        .starts_with("6 services in the simplest design: a monolith is often the right answer"));
    assert!(nodes(six, &Context::default(), FindingKind::OverEngineering).is_empty());
    let five = "gw[Gateway service] --> a[Auth service] & b[User service] & c[Order service] & d[Payment service]";
    assert!(nodes(five, &simplest, FindingKind::OverEngineering).is_empty());
    let sharded = "api[API] --> db[(Postgres sharded ×4)]";
    assert_eq!(
        nodes(sharded, &simplest, FindingKind::OverEngineering),
        [["db"]]
    );
    let busy = Context {
        facts: Facts {
            peak_writes_per_s: Some(40_000.0),
            ..Facts::default()
        },
        ..simplest.clone()
    };
    assert!(nodes(sharded, &busy, FindingKind::OverEngineering).is_empty());
    let regions = "subgraph eu [EU region]\n a[API]\n end\n subgraph us [US region]\n b[API]\n end";
    assert_eq!(
        nodes(regions, &simplest, FindingKind::OverEngineering).len(),
        1
    );
    let available = Context {
        facts: Facts {
            availability_percent: Some(99.99),
            ..Facts::default()
        },
        ..simplest.clone()
    };
    assert!(nodes(regions, &available, FindingKind::OverEngineering).is_empty());
    let one_region =
        "subgraph eu [EU region]\n subgraph az1\n a[API]\n end\n subgraph az2\n b[API]\n end\n end";
    assert!(nodes(one_region, &simplest, FindingKind::OverEngineering).is_empty());
}

#[test]
fn findings_come_in_a_fixed_order_for_the_issue_s_example() {
    let body = "c((Client)) -->|creates| api[API ×2] -->|writes| db[(Postgres)]\n api -.->|events| k[[Kafka]] --> w[Worker]";
    let sketch = parse(&format!("flowchart LR\n{body}")).unwrap();
    let context = with(Facts {
        reads_per_write: Some(20.0),
        peak_writes_per_s: Some(40_000.0),
        ..Facts::default()
    });
    let kinds: Vec<FindingKind> = analyse(&sketch, &context).iter().map(|f| f.kind).collect();
    use FindingKind::*;
    assert_eq!(
        kinds,
        [SinglePointOfFailure, NoDeadLetter, NoCache, OverCapacity]
    );
}

#[test]
fn the_estimator_s_figures_become_the_facts() {
    // 10M users × 10 = 100M/day, ÷ 101 = 990,099 writes/day = 11.46/s, × 100 reads = 1,146/s;
    // peaks × 3: 34.38 writes/s, 3,438 reads/s; in 34.38 × 500 B = 17,190 B/s.
    let inputs = Inputs::default();
    let facts = Facts::from_estimate(&inputs, &estimate(&inputs).unwrap());
    let near = |got: Option<f64>, want: f64| got.is_some_and(|g| (g - want).abs() / want < 1e-4);
    assert_eq!(facts.reads_per_write, Some(100.0));
    assert!(near(facts.peak_writes_per_s, 34.3784), "{facts:?}");
    assert!(near(facts.peak_reads_per_s, 3437.84), "{facts:?}");
    assert!(near(facts.peak_bytes_in_per_s, 17189.2), "{facts:?}");
    assert_eq!(facts.availability_percent, None);
}
