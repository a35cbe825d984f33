/// Strips Markdown markup to plain paragraphs, keeping the first `#` heading as the title.
///
/// Headings lose their `#`, emphasis markers and inline code ticks are removed (an `_` inside a
/// word, as in `snake_case`, stays), links keep their text (`[text](url)` → `text`), images,
/// HTML comments and inline HTML tags are dropped, fenced and indented code blocks and table
/// rows are dropped (they are not prose: their lines would become sentences), list markers and
/// block quotes lose their marker.
public enum MarkdownText {
    /// - Parameter markdown: Markdown source.
    /// - Returns: one paragraph per line, and the first level-1 (or, failing that, any) heading.
    /// - Complexity: O(*n*).
    public static func extract(_ markdown: String) -> (text: String, title: String?) {
        var lines: [String] = []
        var title: String?
        var inFence = false
        var previousBlank = true, inIndentedCode = false, inList = false
        for raw in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = TextNormalizer.trimmed(raw)
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            // An indented code block starts after a blank line (a list's indented lines are its
            // continuation, not code) and runs while lines stay indented or blank.
            let indented = raw.hasPrefix("    ") || raw.hasPrefix("\t")
            if line.isEmpty {
                previousBlank = true
                lines.append("")
                continue
            }
            inIndentedCode = indented && (inIndentedCode || (previousBlank && !inList))
            previousBlank = false
            if inIndentedCode { continue }
            if line.hasPrefix("|") { continue }  // a table row or its |---| rule
            inList = !indented ? ["- ", "* ", "+ "].contains(where: line.hasPrefix) || Self.numbered(line) : inList
            if line.hasPrefix("#") {
                line = TextNormalizer.trimmed(line.drop(while: { $0 == "#" }))
                if title == nil { title = inline(line) }
                lines.append(inline(line))
                continue
            }
            for marker in ["> ", "- ", "* ", "+ "] where line.hasPrefix(marker) { line = String(line.dropFirst(2)) }
            if Self.numbered(line), let dot = line.firstIndex(of: ".") {
                line = TextNormalizer.trimmed(line[line.index(after: dot)...])
            }
            lines.append(inline(line))
        }
        return (lines.joined(separator: "\n"), title)
    }

    /// The first `character` within `limit` characters of the slice's start. Markup is short, and
    /// the bound keeps a hostile line (40,000 `<a` or `[`) linear instead of quadratic.
    static func find(_ character: Character, in chars: ArraySlice<Character>, within limit: Int) -> Int? {
        chars.prefix(limit).firstIndex(of: character)
    }

    /// The `)` that closes the `(` at `open`, counting nested pairs (a URL such as
    /// `https://en.wikipedia.org/wiki/Istanbul_(city)` holds its own).
    static func closingParenthesis(_ chars: ArraySlice<Character>, from open: Int) -> Int? {
        var depth = 0
        for i in open..<min(chars.endIndex, open + 2_000) {
            if chars[i] == "(" { depth += 1 } else if chars[i] == ")" { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }

    /// Whether a line starts as a numbered list item (`12. text`).
    static func numbered(_ line: String) -> Bool {
        guard let dot = line.firstIndex(of: "."), !line[..<dot].isEmpty, line[..<dot].allSatisfy(\.isNumber) else { return false }
        return line[line.index(after: dot)...].hasPrefix(" ")
    }

    /// Removes inline markup from one line.
    static func inline(_ line: String) -> String {
        var out = ""
        var chars = Array(line)[...]
        while let c = chars.first {
            if c == "!" && chars.dropFirst().first == "[", let close = Self.find(")", in: chars, within: 2_000),
               chars[chars.startIndex..<close].contains("](") {
                chars = chars[(close + 1)...]
                continue
            }
            if c == "[", let mid = Self.find("]", in: chars, within: 2_000), chars.index(after: mid) < chars.endIndex,
               chars[chars.index(after: mid)] == "(", let close = Self.closingParenthesis(chars, from: chars.index(after: mid)) {
                out += String(chars[(chars.startIndex + 1)..<mid])
                chars = chars[(close + 1)...]
                continue
            }
            // An inline `<script>` or `<style>` goes with its content, up to its closing tag.
            if c == "<", let name = ["script", "style"].first(where: { chars.dropFirst().starts(with: $0) }) {
                let rest = String(chars)
                if let end = rest.range(of: "</\(name)>", options: .caseInsensitive) {
                    chars = chars[(chars.startIndex + rest.distance(from: rest.startIndex, to: end.upperBound))...]
                } else {
                    chars = chars[chars.endIndex...]
                }
                continue
            }
            // An inline HTML tag (`<div class="x">`, `</span>`, `<br/>`); a lone `<` stays.
            if c == "<", let next = chars.dropFirst().first, next.isLetter || next == "/",
               let close = Self.find(">", in: chars, within: 500), !chars[chars.index(after: chars.startIndex)..<close].contains("<") {
                chars = chars[(close + 1)...]
                continue
            }
            if c == "*" || c == "`" {
                chars = chars.dropFirst()
                continue
            }
            if c == "_" {
                // emphasis at a word's edge; inside a word (`snake_case`) it is the word's own
                let before = out.last, after = chars.dropFirst().first
                if before?.isLetter == true || before?.isNumber == true, after?.isLetter == true || after?.isNumber == true {
                    out.append(c)
                }
                chars = chars.dropFirst()
                continue
            }
            out.append(c)
            chars = chars.dropFirst()
        }
        return out
    }
}
