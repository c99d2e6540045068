//! The instance count a node's label states ("API ×3"), read off the end of the label, and
//! the name left without it.

/// The largest instance count a label may state; larger figures are read as part of the name.
pub const MAX_INSTANCES: u32 = 10_000;

/// The instance count a label states, and the name without it: `API ×3`, `API x3`, `API X3`,
/// `API *3` and `API (3)` all name "API" with 3 instances; `Redis×2` needs no blank before `×`.
/// A label stating none, or a figure of 0 or over [`MAX_INSTANCES`], has 1 instance.
///
/// ```
/// use archdrill::core::sketch::instances::instance_count;
/// assert_eq!(instance_count("API ×3"), ("API".to_string(), 3));
/// assert_eq!(instance_count("Worker (12)"), ("Worker".to_string(), 12));
/// assert_eq!(instance_count("S3"), ("S3".to_string(), 1));
/// ```
pub fn instance_count(label: &str) -> (String, u32) {
    let one = || (label.trim().to_string(), 1);
    let text = label.trim_end();
    let (body, digits) = if let Some(open) = text.strip_suffix(')') {
        let Some(at) = open.rfind('(') else {
            return one();
        };
        (&open[..at], &open[at + 1..])
    } else {
        let at = text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (head, digits) = text.split_at(at);
        let head = head.trim_end();
        let Some(marker) = head.chars().next_back().filter(|c| "×xX*".contains(*c)) else {
            return one();
        };
        let body = &head[..head.len() - marker.len_utf8()];
        if marker != '×' && !body.ends_with(char::is_whitespace) {
            return one();
        }
        (body, digits)
    };
    let name = body.trim();
    let valid = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
    match digits.parse::<u32>() {
        Ok(n) if valid && !name.is_empty() && (1..=MAX_INSTANCES).contains(&n) => {
            (name.to_string(), n)
        }
        _ => one(),
    }
}
