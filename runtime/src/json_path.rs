//! Where in a JSON text a decode failed: the path (`.results[1].id`) of the value at serde's
//! line and column, found by a walk of the bytes so no tracking code is compiled per type.

/// The JSON path of the value being read at `line` and `column` (1-based, as serde_json reports
/// them) in `raw`, from its root: `.results[1].id`.
pub(crate) fn json_path_at(raw: &[u8], line: usize, column: usize, missing_field: bool) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            expecting_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let mut offset = 0;
    let mut current_line = 1;
    while current_line < line && offset < raw.len() {
        if raw[offset] == b'\n' {
            current_line += 1;
        }
        offset += 1;
    }
    let end = offset.saturating_add(column).min(raw.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match raw[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            // The failure may be at the closing bracket itself (a missing field, or a value
            // just read): keep the container it closes.
            b'}' | b']' if i + 1 < end => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < raw.len() && raw[i] != b'"' {
                    if raw[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if let Some(Frame::Object { key, expecting_key }) = stack.last_mut()
                    && *expecting_key
                {
                    let text = raw.get(start..i.min(raw.len())).unwrap_or_default();
                    *key = Some(String::from_utf8_lossy(text).into_owned());
                    *expecting_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // For a missing field the object itself is at fault, not the last key read in it.
    let at_close = missing_field && end > 0 && raw.get(end - 1) == Some(&b'}');
    let last = stack.len().saturating_sub(1);
    let mut path = String::new();
    for (depth, frame) in stack.iter().enumerate() {
        match frame {
            Frame::Object { key: Some(_), .. } if at_close && depth == last => {}
            Frame::Object { key: Some(key), .. } => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}
