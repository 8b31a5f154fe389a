//! stub
use super::Line;
use crate::extract::Lexicon;

pub(crate) fn applies(_lines: &[&str]) -> bool {
    false
}
pub(crate) fn tidy<'a>(lines: Vec<Line<'a>>, _lex: &Lexicon) -> Vec<Line<'a>> {
    lines
}
