//! Splitting a path template like `/customers/{handle}` into literals and parameters.

/// A piece of a path template, with byte offsets into the template for error messages.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Literal(&'a str),
    Param { name: &'a str, at: usize },
}

#[derive(Debug, PartialEq, Eq)]
pub enum PathError {
    Unclosed { at: usize },
    UnopenedClose { at: usize },
    Nested { at: usize },
    Empty { at: usize },
}

impl PathError {
    pub fn message(&self, template: &str) -> String {
        match self {
            PathError::Unclosed { at } => format!(
                "unbalanced `{{` in path \"{template}\" at byte {at}: close it, as in `{{handle}}`, or remove it"
            ),
            PathError::UnopenedClose { at } => format!(
                "unbalanced `}}` in path \"{template}\" at byte {at}: a parameter is written `{{name}}`"
            ),
            PathError::Nested { at } => format!(
                "`{{` inside a parameter in path \"{template}\" at byte {at}: a parameter is written `{{name}}`, without nesting"
            ),
            PathError::Empty { at } => format!(
                "empty `{{}}` in path \"{template}\" at byte {at}: name the field, as in `{{handle}}`"
            ),
        }
    }
}

pub fn split(template: &str) -> Result<Vec<Piece<'_>>, PathError> {
    let mut pieces = Vec::new();
    let mut literal_start = 0;
    let mut open: Option<usize> = None;
    for (i, c) in template.char_indices() {
        match (c, open) {
            ('{', None) => {
                if literal_start < i {
                    pieces.push(Piece::Literal(&template[literal_start..i]));
                }
                open = Some(i);
            }
            ('{', Some(_)) => return Err(PathError::Nested { at: i }),
            ('}', None) => return Err(PathError::UnopenedClose { at: i }),
            ('}', Some(start)) => {
                let name = &template[start + 1..i];
                if name.is_empty() {
                    return Err(PathError::Empty { at: start });
                }
                pieces.push(Piece::Param { name, at: start });
                open = None;
                literal_start = i + 1;
            }
            _ => {}
        }
    }
    if let Some(at) = open {
        return Err(PathError::Unclosed { at });
    }
    if literal_start < template.len() {
        pieces.push(Piece::Literal(&template[literal_start..]));
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_literals_and_params() {
        assert_eq!(
            split("/customers/{handle}/x").unwrap(),
            vec![
                Piece::Literal("/customers/"),
                Piece::Param {
                    name: "handle",
                    at: 11
                },
                Piece::Literal("/x"),
            ]
        );
    }

    #[test]
    fn reports_each_kind_of_imbalance() {
        assert_eq!(split("/a/{b"), Err(PathError::Unclosed { at: 3 }));
        assert_eq!(split("/a/b}"), Err(PathError::UnopenedClose { at: 4 }));
        assert_eq!(split("/a/{{b}}"), Err(PathError::Nested { at: 4 }));
        assert_eq!(split("/a/{}"), Err(PathError::Empty { at: 3 }));
    }
}
