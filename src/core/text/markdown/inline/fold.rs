//! Unicode full case folding (`CaseFolding.txt`, statuses C and F), as link labels are matched:
//! `char::to_lowercase`, then the folds that differ from the lower case of a lower-case
//! character (ß → ss, ẞ → ß → ss, ς → σ, µ → μ, ﬁ → fi, ᾈ → ᾀ → ἀι, …). Cherokee is the one
//! script left to lower case alone: it folds to its capitals, so lower case pairs the same
//! letters. Computed from Python's Unicode 14 tables (`str.casefold`, `str.lower`).

use super::packed::lookup;

/// What a lower-case character folds to, where that is not itself: `charfold` records.
#[rustfmt::skip]
const FOLDS: &str = "\
    µμ ßss ŉʼn ſs ǰj\u{30c} \u{345}ι ΐι\u{308}\u{301} ΰυ\u{308}\u{301} ςσ ϐβ ϑθ ϕφ ϖπ ϰκ ϱρ ϵε \
    ևեւ ᲀв ᲁд ᲂо ᲃс ᲄт ᲅт ᲆъ ᲇѣ ᲈꙋ ẖh\u{331} ẗt\u{308} ẘw\u{30a} ẙy\u{30a} ẚaʾ ẛṡ ὐυ\u{313} \
    ὒυ\u{313}\u{300} ὔυ\u{313}\u{301} ὖυ\u{313}\u{342} ᾀἀι ᾁἁι ᾂἂι ᾃἃι ᾄἄι ᾅἅι ᾆἆι ᾇἇι ᾐἠι ᾑἡι \
    ᾒἢι ᾓἣι ᾔἤι ᾕἥι ᾖἦι ᾗἧι ᾠὠι ᾡὡι ᾢὢι ᾣὣι ᾤὤι ᾥὥι ᾦὦι ᾧὧι ᾲὰι ᾳαι ᾴάι ᾶα\u{342} ᾷα\u{342}ι \
    ιι ῂὴι ῃηι ῄήι ῆη\u{342} ῇη\u{342}ι ῒι\u{308}\u{300} ΐι\u{308}\u{301} ῖι\u{342} \
    ῗι\u{308}\u{342} ῢυ\u{308}\u{300} ΰυ\u{308}\u{301} ῤρ\u{313} ῦυ\u{342} ῧυ\u{308}\u{342} \
    ῲὼι ῳωι ῴώι ῶω\u{342} ῷω\u{342}ι ﬀff ﬁfi ﬂfl ﬃffi ﬄffl ﬅst ﬆst ﬓմն ﬔմե ﬕմի ﬖվն ﬗմխ";

/// A `charfold` record cut after its first character.
fn first_char(record: &str) -> (&str, &str) {
    record.split_at(record.chars().next().map_or(0, char::len_utf8))
}

/// `text` case-folded: two texts that differ only in case fold to the same string.
pub(super) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = (!c.is_ascii()).then(|| lookup(FOLDS, c.encode_utf8(&mut [0; 4]), first_char));
        match folded.flatten() {
            Some(f) => out.push_str(f),
            None => out.push(c),
        }
    }
    out
}
