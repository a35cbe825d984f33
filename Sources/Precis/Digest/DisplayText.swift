/// Text as a rendered digest or brief shows it: line breaks and tabs become spaces (so a source
/// name cannot start a Markdown heading, list or quote), other control characters are dropped (a
/// terminal would obey ESC and BEL), and bidirectional overrides, embeddings and isolates are
/// dropped (an unbalanced U+202E would reverse the rest of the line).
func _displayText(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: _needsCleaning) else { return text }  // the usual case
    var out = String.UnicodeScalarView()
    for c in text.unicodeScalars {
        if !_needsCleaning(c) { out.append(c) }
        else if c.properties.isWhitespace { out.append(" ") }  // \n, \r, \t, U+2028, U+2029, NEL
    }
    return String(out)
}

private func _needsCleaning(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}
