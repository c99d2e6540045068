//! The sketches the layout tests draw: hand-written shapes of graph and seeded generated
//! ones.

/// Hand-written sketches: chains, fans, diamonds, cycles, self-loops, labels, subgraphs.
pub const SHAPES: &[&str] = &[
    "flowchart LR\n a",
    "flowchart TD\n a --> b --> c --> d",
    "flowchart LR\n hub --> a & b & c & d & e",
    "flowchart TD\n a & b & c & d & e --> sink",
    "flowchart LR\n top --> left & right\n left & right --> bottom",
    "flowchart TD\n a --> b --> c --> a",
    "flowchart LR\n a --> b --> c --> d --> b\n d --> a",
    "flowchart TD\n a --> a\n a -->|retry| a\n a --> b",
    "flowchart LR\n a -->|a long label for reads| b\n a -- writes --> c\n b -.->|async events| c\n a --> c",
    "flowchart TD\n a --> b --> c --> d --> e\n a -->|skips three layers| e\n a --> e",
    "flowchart LR\n c((Client)) --> lb[Load balancer]\n subgraph az1 [Availability zone 1]\n  api1[API] --> db[(Postgres primary)]\n end\n subgraph az2 [Availability zone 2]\n  api2[API] --> replica[(Replica)]\n end\n lb --> api1 & api2\n db -.->|replication| replica",
    "flowchart TD\n c((Client)) --> lb[Load balancer]\n subgraph az1 [Availability zone 1]\n  api1[API] --> db[(Postgres primary)]\n end\n subgraph az2 [Availability zone 2]\n  api2[API] --> replica[(Replica)]\n end\n lb --> api1 & api2\n db -.->|replication| replica",
    "flowchart TD\n subgraph region [Region with a rather long title]\n  subgraph az1 [AZ 1]\n   a --> b\n  end\n  subgraph az2 [AZ 2]\n   c --> d\n  end\n  e\n end\n x --> a & c\n b & d --> y\n e --> y",
    "flowchart LR\n subgraph region [Region with a rather long title]\n  subgraph az1 [AZ 1]\n   a --> b\n  end\n  subgraph az2 [AZ 2]\n   c --> d\n  end\n  e\n end\n x --> a & c\n b & d --> y\n e --> y",
    "flowchart TD\n a --> b --> c --> d\n subgraph s [Split members]\n  a\n  d\n end\n x --> y --> z",
    "flowchart LR\n a --> b --> c --> d\n subgraph s [Split members]\n  a\n  d\n end\n x --> y --> z",
    "flowchart TD\n subgraph outer\n  subgraph inner\n   subgraph innermost\n    a\n   end\n  end\n end\n a --> b\n subgraph empty\n end",
    "flowchart RL\n a -->|one| b --> c\n a --> c",
    "flowchart BT\n subgraph s [Bottom up]\n  a --> b\n end\n b --> c\n a -->|label| c",
    "flowchart LR\n a --> b\n a --> b\n a -->|again| b\n b --> a",
    "flowchart TD\n d{Cache hit?} -->|yes| r[Return] \n d -->|no| db[(DB)] --> r",
];

/// A seeded random sketch of `nodes` nodes and about one and a half times as many edges,
/// some labelled, some dotted, with a few subgraphs when `subgraphs` is set.
pub fn generated(seed: u64, nodes: usize, direction: &str, subgraphs: bool) -> String {
    let mut state = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    let mut next = move |below: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % below.max(1)
    };
    let mut text = format!("flowchart {direction}\n");
    let groups = if subgraphs { 4 } else { 0 };
    for g in 0..groups {
        text += &format!("subgraph g{g} [Group {g}]\n");
        for i in (0..nodes).filter(|i| i % 7 == g) {
            text += &format!("n{i}[Node {i}]\n");
        }
        text += "end\n";
    }
    for i in 0..nodes {
        text += &format!("n{i}[Node {i}]\n");
    }
    for i in 1..nodes {
        let near = i.saturating_sub(1 + next(4));
        let link = if next(5) == 0 { "-.->" } else { "-->" };
        text += &format!("n{near} {link} n{i}\n");
        if next(2) == 0 {
            let other = next(nodes);
            let label = if next(3) == 0 {
                format!("|edge {i}|")
            } else {
                String::new()
            };
            text += &format!("n{i} -->{label} n{other}\n");
        }
    }
    text
}
