//! The words the automatic signals look for in notes (units, technologies, components, …)
//! and how they are matched: as whole words, case-insensitively, in any listed spelling.

/// Units that make a number a quantity ("40 writes/s", "3 TB", "99.9 %", "100M users").
pub const UNITS: &[&str] = &[
    "%", "ms", "s", "sec", "seconds", "µs", "us", "ns", "min", "minutes", "h", "hours", "days",
    "years", "rps", "qps", "tps", "req", "requests", "reads", "writes", "users", "dau", "mau", "b",
    "kb", "mb", "gb", "tb", "pb", "bytes", "kbps", "mbps", "gbps", "msg", "messages", "events",
    "per", "rpm",
];

/// Technologies a candidate may name; matched as whole words, case-insensitively.
pub const TECHNOLOGIES: &[&str] = &[
    "Postgres",
    "MySQL",
    "Aurora",
    "SQLite",
    "Oracle",
    "SQL Server",
    "CockroachDB",
    "Spanner",
    "Vitess",
    "Citus",
    "DynamoDB",
    "Cassandra",
    "ScyllaDB",
    "MongoDB",
    "Bigtable",
    "HBase",
    "Redis",
    "Memcached",
    "Valkey",
    "Elasticsearch",
    "OpenSearch",
    "Solr",
    "Kafka",
    "Kinesis",
    "RabbitMQ",
    "SQS",
    "SNS",
    "Pub/Sub",
    "NATS",
    "Pulsar",
    "Flink",
    "Spark",
    "Airflow",
    "S3",
    "GCS",
    "Blob Storage",
    "HDFS",
    "CloudFront",
    "Cloudflare",
    "Akamai",
    "Fastly",
    "Nginx",
    "HAProxy",
    "Envoy",
    "ELB",
    "ALB",
    "NLB",
    "Kubernetes",
    "ECS",
    "Lambda",
    "Docker",
    "ZooKeeper",
    "etcd",
    "Consul",
    "Raft",
    "Prometheus",
    "Grafana",
    "OpenTelemetry",
    "Jaeger",
    "Datadog",
    "gRPC",
    "GraphQL",
    "WebSocket",
    "ClickHouse",
    "Druid",
    "Pinot",
    "Snowflake",
    "BigQuery",
    "Redshift",
    "Stripe",
    "APNs",
    "FCM",
    "Twilio",
    "FFmpeg",
    "HLS",
    "DASH",
    "CDN",
];

/// Other spellings of a listed technology, which name the same one: (as listed, also written).
const SPELLINGS: &[(&str, &str)] = &[("Postgres", "PostgreSQL"), ("WebSocket", "WebSockets")];

/// Words that mean asynchronous processing.
pub const ASYNC_WORDS: &[&str] = &[
    "queue",
    "kafka",
    "sqs",
    "rabbitmq",
    "pub/sub",
    "kinesis",
    "async",
    "asynchronous",
    "worker",
    "stream",
    "nats",
    "pulsar",
];

/// Generic component words a design names besides technologies.
pub const COMPONENT_WORDS: &[&str] = &[
    "database",
    "cache",
    "load balancer",
    "queue",
    "cdn",
    "api server",
    "app server",
    "worker",
    "object storage",
    "search index",
    "gateway",
    "blob store",
];

/// Words that say what happens when something fails.
pub const FAILURE_WORDS: &[&str] = &[
    "down",
    "fail",
    "outage",
    "crash",
    "unavailable",
    "failover",
    "dies",
    "lost",
    "partition",
    "degrade",
];

/// Letters, digits and `_`: what a word is made of.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `needle` (lower-case) occurs in `haystack` (lower-case) as a whole word.
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let after = haystack[at + needle.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c));
        before && after
    })
}

/// Whether `text` (lower-case) names `name` as a whole word in any of its [`SPELLINGS`].
pub fn names(text: &str, name: &str) -> bool {
    let also = SPELLINGS
        .iter()
        .filter(|(listed, _)| listed.eq_ignore_ascii_case(name))
        .map(|(_, also)| *also);
    std::iter::once(name)
        .chain(also)
        .any(|n| contains_word(text, &n.to_ascii_lowercase()))
}

/// `items` without repeats, each kept where it first occurs; items that differ only in case or
/// spacing ("10k QPS", "10K qps") are the same.
pub fn distinct(items: Vec<String>) -> Vec<String> {
    let key = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let mut seen = Vec::new();
    items
        .into_iter()
        .filter(|item| {
            let k = key(item);
            let new = !seen.contains(&k);
            if new {
                seen.push(k);
            }
            new
        })
        .collect()
}
