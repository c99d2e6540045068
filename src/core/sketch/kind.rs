//! What each node of a sketch is — client, load balancer, CDN, service, database, cache,
//! queue or object store — read from the words of its name (the table below) and, when no
//! word says, from its shape; and the word matching the analysis uses.

use crate::core::sketch::model::{Node, Shape};

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Where requests come from: a user, browser, phone.
    Client,
    /// Spreads requests over instances.
    LoadBalancer,
    /// Serves content from the edge.
    Cdn,
    /// Application code: an API, a server, a worker.
    Service,
    /// Holds the data: relational or not.
    Database,
    /// Keeps hot data in memory.
    Cache,
    /// Carries messages or a log between producers and consumers.
    Queue,
    /// Holds files and blobs.
    ObjectStore,
}

impl Kind {
    /// Whether a node of this kind holds the system's data.
    pub fn holds_data(self) -> bool {
        matches!(self, Kind::Database | Kind::ObjectStore)
    }

    /// The kind in a few words, for messages.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Client => "client",
            Kind::LoadBalancer => "load balancer",
            Kind::Cdn => "CDN",
            Kind::Service => "service",
            Kind::Database => "database",
            Kind::Cache => "cache",
            Kind::Queue => "queue",
            Kind::ObjectStore => "object store",
        }
    }
}

/// The words (or phrases) that give a node its kind, tried in this order: the first kind
/// with a word in the node's name wins, so "Redis cache DB" is a cache and "User service" a
/// service, not a client.
pub const KIND_WORDS: &[(Kind, &[&str])] = &[
    (
        Kind::Cache,
        &[
            "redis",
            "memcached",
            "valkey",
            "elasticache",
            "cache",
            "dragonfly",
        ],
    ),
    (
        Kind::Queue,
        &[
            "kafka",
            "sqs",
            "rabbitmq",
            "pub/sub",
            "pubsub",
            "kinesis",
            "queue",
            "nats",
            "pulsar",
            "sns",
            "event bus",
            "eventbridge",
            "dlq",
            "dead letter",
            "broker",
        ],
    ),
    (
        Kind::ObjectStore,
        &[
            "s3",
            "gcs",
            "blob",
            "blob storage",
            "object store",
            "object storage",
            "bucket",
            "minio",
        ],
    ),
    (
        Kind::Cdn,
        &[
            "cdn",
            "cloudfront",
            "cloudflare",
            "akamai",
            "fastly",
            "edge cache",
        ],
    ),
    (
        Kind::LoadBalancer,
        &[
            "load balancer",
            "lb",
            "alb",
            "elb",
            "nlb",
            "haproxy",
            "nginx",
            "envoy",
            "traefik",
        ],
    ),
    (
        Kind::Database,
        &[
            "postgres",
            "postgresql",
            "mysql",
            "mariadb",
            "aurora",
            "rds",
            "dynamodb",
            "cassandra",
            "scylladb",
            "mongo",
            "mongodb",
            "cockroachdb",
            "spanner",
            "sqlite",
            "oracle",
            "bigtable",
            "hbase",
            "clickhouse",
            "elasticsearch",
            "opensearch",
            "database",
            "db",
            "sql",
            "datastore",
            "warehouse",
            "replica",
        ],
    ),
    (
        Kind::Service,
        &[
            "service", "api", "server", "backend", "worker", "app", "lambda", "function",
            "monolith",
        ],
    ),
    (
        Kind::Client,
        &[
            "client",
            "clients",
            "user",
            "users",
            "browser",
            "mobile",
            "phone",
            "web client",
            "customer",
        ],
    ),
];

/// The node's kind: from its name's words first, else from its shape (a cylinder is a
/// database, Mermaid's subroutine box a queue, a circle a client, anything else a service).
///
/// ```
/// use archdrill::core::sketch::{kind::{kind_of, Kind}, parse::parse};
/// let sketch = parse("flowchart LR\n a((Web)) --> b[(Redis)] --> c[(Orders)]").unwrap();
/// let kinds: Vec<Kind> = sketch.nodes.iter().map(kind_of).collect();
/// assert_eq!(kinds, [Kind::Client, Kind::Cache, Kind::Database]);
/// ```
pub fn kind_of(node: &Node) -> Kind {
    let words = words(&node.name);
    let named = KIND_WORDS
        .iter()
        .find(|(_, phrases)| has_any(&words, phrases));
    match (named, node.shape) {
        (Some((kind, _)), _) => *kind,
        (None, Shape::Cylinder) => Kind::Database,
        (None, Shape::Queue) => Kind::Queue,
        (None, Shape::Circle) => Kind::Client,
        (None, _) => Kind::Service,
    }
}

/// `text` in lower case, split into words at anything but letters and digits.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `phrase`'s words occur in a row among `words`.
fn has_phrase(words: &[String], phrase: &str) -> bool {
    let wanted = self::words(phrase);
    !wanted.is_empty() && words.windows(wanted.len()).any(|w| w == wanted.as_slice())
}

/// Whether any of `phrases` occurs, its words in a row, among `words`.
pub fn has_any(words: &[String], phrases: &[&str]) -> bool {
    phrases.iter().any(|p| has_phrase(words, p))
}

/// Whether `text` names any of `phrases` as whole words.
pub fn mentions(text: &str, phrases: &[&str]) -> bool {
    has_any(&words(text), phrases)
}
