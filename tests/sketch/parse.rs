//! The parser: every construct of the subset, errors with their line and column, and the
//! bounds it refuses input beyond.

use archdrill::core::sketch::instances::instance_count;
use archdrill::core::sketch::model::{Direction, EdgeStyle, Position, Shape, Sketch};
use archdrill::core::sketch::parse::{parse, MAX_NODES, MAX_TEXT_BYTES};

/// `text` parsed, or a panic naming its error.
fn ok(text: &str) -> Sketch {
    parse(text).unwrap_or_else(|e| panic!("{text:?} did not parse: {e}"))
}

/// The error `text` gives, as shown to the candidate.
fn err(text: &str) -> String {
    parse(text).expect_err(text).to_string()
}

/// The edges of `sketch` as (from id, to id) pairs.
fn pairs(sketch: &Sketch) -> Vec<(&str, &str)> {
    let id = |i: usize| sketch.nodes[i].id.as_str();
    sketch
        .edges
        .iter()
        .map(|e| (id(e.from), id(e.to)))
        .collect()
}

#[test]
fn headers_give_the_direction() {
    let cases = [
        ("flowchart LR", Direction::LeftRight),
        ("flowchart TD", Direction::TopDown),
        ("graph TB", Direction::TopDown),
        ("graph RL;", Direction::RightLeft),
        ("flowchart BT", Direction::BottomTop),
        ("flowchart", Direction::TopDown),
        ("%% a comment first\n\n  flowchart LR", Direction::LeftRight),
    ];
    for (text, direction) in cases {
        assert_eq!(ok(text).direction, direction, "{text}");
    }
}

#[test]
fn every_shape_is_read_with_its_label() {
    let sketch = ok("flowchart LR
        a[API] --> b[(Postgres)]
        c[[Kafka]] --> d((Client))
        e{Cache hit?} --> f(Worker)
        g([Stadium]) --> h
        q[\"Quoted: [x] ; %% kept\"]");
    let shapes: Vec<(Shape, &str)> = sketch
        .nodes
        .iter()
        .map(|n| (n.shape, n.label.as_str()))
        .collect();
    assert_eq!(
        shapes,
        [
            (Shape::Rectangle, "API"),
            (Shape::Cylinder, "Postgres"),
            (Shape::Queue, "Kafka"),
            (Shape::Circle, "Client"),
            (Shape::Decision, "Cache hit?"),
            (Shape::Rounded, "Worker"),
            (Shape::Rounded, "Stadium"),
            (Shape::Rectangle, "h"),
            (Shape::Rectangle, "Quoted: [x] ; %% kept"),
        ]
    );
}

#[test]
fn links_give_style_arrow_and_label() {
    let sketch = ok("flowchart LR
        a --> b
        a --- c
        a -.-> d
        a -.- e
        a ==> f
        a -->|reads| g
        a -- writes --> h
        a -. events .-> i
        a == hot ==> j
        a ----> k
        a -.->|\"fan out\"| l");
    let got: Vec<(EdgeStyle, bool, Option<&str>)> = sketch
        .edges
        .iter()
        .map(|e| (e.style, e.arrow, e.label.as_deref()))
        .collect();
    use EdgeStyle::*;
    assert_eq!(
        got,
        [
            (Solid, true, None),
            (Solid, false, None),
            (Dotted, true, None),
            (Dotted, false, None),
            (Thick, true, None),
            (Solid, true, Some("reads")),
            (Solid, true, Some("writes")),
            (Dotted, true, Some("events")),
            (Thick, true, Some("hot")),
            (Solid, true, None),
            (Dotted, true, Some("fan out")),
        ]
    );
    assert!(sketch.edges[2].is_async() && !sketch.edges[0].is_async());
}

#[test]
fn chains_groups_and_separators_make_every_edge() {
    let sketch = ok("graph LR; a --> b --> c; b-->d\n x & y --> z & w %% trailing comment");
    assert_eq!(
        pairs(&sketch),
        [
            ("a", "b"),
            ("b", "c"),
            ("b", "d"),
            ("x", "z"),
            ("x", "w"),
            ("y", "z"),
            ("y", "w")
        ]
    );
    let ids: Vec<&str> = sketch.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "x", "y", "z", "w"]);
}

#[test]
fn a_later_shape_replaces_the_label_and_positions_are_first_mentions() {
    let sketch = ok("flowchart TD\n  a --> b\n  b[(Orders DB)]\n  a[API ×2]");
    assert_eq!(
        (sketch.nodes[1].label.as_str(), sketch.nodes[1].shape),
        ("Orders DB", Shape::Cylinder)
    );
    assert_eq!(
        (sketch.nodes[0].name.as_str(), sketch.nodes[0].instances),
        ("API", 2)
    );
    assert_eq!(sketch.nodes[1].at, Position { line: 2, column: 9 });
    assert_eq!(sketch.edges[0].at, Position { line: 2, column: 5 });
}

#[test]
fn subgraphs_nest_and_hold_the_nodes_first_written_in_them() {
    let sketch = ok("flowchart LR
        c((Client)) --> lb
        subgraph region [EU West]
          subgraph az1 [AZ 1]
            api1[API] --> db[(Primary)]
          end
          subgraph az2
            api2[API] -.-> replica[(Replica)]
          end
          lb[Load balancer]
        end
        subgraph Edge tier
          cdn[CDN]
        end");
    let titles: Vec<(&str, &str, Option<usize>)> = sketch
        .subgraphs
        .iter()
        .map(|s| (s.id.as_str(), s.title.as_str(), s.parent))
        .collect();
    assert_eq!(
        titles,
        [
            ("region", "EU West", None),
            ("az1", "AZ 1", Some(0)),
            ("az2", "az2", Some(0)),
            ("Edge tier", "Edge tier", None)
        ]
    );
    let members: Vec<(&str, Option<usize>)> = sketch
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), n.subgraph))
        .collect();
    assert_eq!(
        members,
        [
            ("c", None),
            ("lb", None),
            ("api1", Some(1)),
            ("db", Some(1)),
            ("api2", Some(2)),
            ("replica", Some(2)),
            ("cdn", Some(3))
        ]
    );
    assert!(
        sketch.subgraph_within(1, 0)
            && !sketch.subgraph_within(0, 1)
            && !sketch.subgraph_within(3, 0)
    );
    assert_eq!(
        (sketch.enclosing(0), sketch.enclosing(2)),
        (vec![0], vec![0, 2])
    );
}

#[test]
fn styling_statements_are_accepted_and_ignored() {
    let sketch = ok("flowchart LR\n a --> b\n classDef hot fill:#f00\n class a hot\n style b stroke:#333\n linkStyle 0 stroke:red\n click a href \"x\"\n subgraph s\n direction TB\n c\n end");
    assert_eq!((sketch.nodes.len(), sketch.edges.len()), (3, 1));
}

#[test]
fn instance_counts_are_read_from_the_end_of_a_label() {
    let cases = [
        ("API ×3", "API", 3),
        ("API x3", "API", 3),
        ("API X 4", "API", 4),
        ("API *5", "API", 5),
        ("Redis×2", "Redis", 2),
        ("Worker (12)", "Worker", 12),
        ("API Servers x 10", "API Servers", 10),
        ("S3", "S3", 1),
        ("box3", "box3", 1),
        ("Max3", "Max3", 1),
        ("x3", "x3", 1),
        ("API (v2)", "API (v2)", 1),
        ("API x0", "API x0", 1),
        ("API x99999", "API x99999", 1),
        ("Postgres", "Postgres", 1),
    ];
    for (label, name, count) in cases {
        assert_eq!(instance_count(label), (name.to_string(), count), "{label}");
    }
}

#[test]
fn errors_name_their_line_column_and_reason() {
    let cases = [
        ("", "line 1, column 1: the sketch is empty: a sketch starts with `flowchart LR` or `flowchart TD`"),
        ("sequenceDiagram", "line 1, column 1: a sketch starts with `flowchart LR` or `flowchart TD`"),
        ("flowchart XY", "line 1, column 11: unknown direction `XY`: use LR, TD, TB, RL or BT"),
        ("flowchart LR\n  a -->", "line 2, column 8: expected a node id after the link, found the end of the line"),
        ("flowchart LR\n  a[API --> b", "line 2, column 4: the label opened with `[` is never closed with `]` on its line"),
        ("flowchart LR\n  a[\"API] --> b", "line 2, column 4: the label opened with `[` is never closed with `\"` on its line"),
        ("flowchart LR\n  a -- reads b", "line 2, column 5: the link's label is never followed by `-->`"),
        ("flowchart LR\n  a --b", "line 2, column 5: this link is not finished: write `-->`, `---`, `-.->`, `==>` or `-- label -->`"),
        ("flowchart LR\n  a -. b", "line 2, column 5: the link's label is never followed by `.->`"),
        ("flowchart LR\n  a b", "line 2, column 5: unexpected `b`: expected a link such as `-->` or the end of the line"),
        ("flowchart LR\n  end", "line 2, column 3: `end` without a `subgraph` to close"),
        ("flowchart LR\n subgraph az1\n  a\n", "line 2, column 2: subgraph `az1` is never closed with `end`"),
        ("flowchart LR\n subgraph az1\n end\n az1 --> b", "line 4, column 2: `az1` is a subgraph; link to a node inside it instead"),
        ("flowchart LR\n a\n subgraph a\n end", "line 3, column 11: `a` is already the id of a node or subgraph"),
        ("flowchart LR\n a --> & b", "line 2, column 8: expected a node id after the link, found `&`"),
        ("flowchart LR\n a & --> b", "line 2, column 6: expected a node id after `&`"),
        ("flowchart LR\n -->", "line 2, column 2: expected a node id, `subgraph` or `end`, found `-`"),
        ("flowchart LR\n a[\"x\" y] --> b", "line 2, column 8: expected `]` after the quoted label"),
    ];
    for (text, message) in cases {
        assert_eq!(err(text), message, "{text:?}");
    }
}

#[test]
fn columns_count_characters_not_bytes() {
    assert_eq!(
        err("flowchart LR\n  é[Café] ü"),
        "line 2, column 11: unexpected `ü`: expected a link such as `-->` or the end of the line"
    );
}

#[test]
fn labels_and_nesting_are_bounded() {
    let long = format!("flowchart LR\n a[{}]", "x".repeat(201));
    assert_eq!(
        err(&long),
        "line 2, column 3: a label is limited to 200 characters"
    );
    let mut deep = String::from("flowchart LR\n");
    for i in 0..9 {
        deep += &format!("subgraph s{i}\n");
    }
    assert_eq!(
        err(&deep),
        "line 10, column 1: subgraphs nest at most 8 deep"
    );
}

#[test]
fn input_over_the_limits_is_refused() {
    let big = format!("flowchart LR\n%%{}", "x".repeat(MAX_TEXT_BYTES));
    assert_eq!(
        err(&big),
        "line 1, column 1: the sketch is 100,015 bytes long; archdrill reads at most 100,000 bytes"
    );
    let many: String = (0..=MAX_NODES).map(|i| format!("n{i};")).collect();
    let message = err(&format!("flowchart LR\n{many}"));
    assert!(
        message.ends_with("a sketch has at most 5,000 nodes"),
        "{message}"
    );
    let wide = format!("flowchart LR\n{} --> {}", group("a", 150), group("b", 150));
    assert!(err(&wide).ends_with("a sketch has at most 20,000 edges"));
}

/// `n` nodes `prefix0 & prefix1 & …`.
fn group(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(" & ")
}
