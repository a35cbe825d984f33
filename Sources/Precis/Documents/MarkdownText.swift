/// Strips Markdown markup to plain paragraphs, keeping the first `#` heading as the title.
///
/// Headings lose their `#`, emphasis markers and inline code ticks are removed, links keep their
/// text (`[text](url)` → `text`), images and HTML comments are dropped, fenced code blocks are
/// dropped, list markers and block quotes lose their marker.
public enum MarkdownText {
    /// - Parameter markdown: Markdown source.
    /// - Returns: one paragraph per line, and the first level-1 (or, failing that, any) heading.
    /// - Complexity: O(*n*).
    public static func extract(_ markdown: String) -> (text: String, title: String?) {
        var lines: [String] = []
        var title: String?
        var inFence = false
        for raw in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = TextNormalizer.trimmed(raw)
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            if line.hasPrefix("#") {
                line = TextNormalizer.trimmed(line.drop(while: { $0 == "#" }))
                if title == nil { title = inline(line) }
                lines.append(inline(line))
                continue
            }
            for marker in ["> ", "- ", "* ", "+ "] where line.hasPrefix(marker) { line = String(line.dropFirst(2)) }
            if let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty,
               line[line.index(after: dot)...].hasPrefix(" ") {
                line = TextNormalizer.trimmed(line[line.index(after: dot)...])
            }
            lines.append(inline(line))
        }
        return (lines.joined(separator: "\n"), title)
    }

    /// Removes inline markup from one line.
    static func inline(_ line: String) -> String {
        var out = ""
        var chars = Array(line)[...]
        while let c = chars.first {
            if c == "!" && chars.dropFirst().first == "[" , let close = chars.firstIndex(of: ")") , chars[chars.startIndex..<close].contains("](") {
                chars = chars[(close + 1)...]
                continue
            }
            if c == "[", let mid = chars.firstIndex(of: "]"), chars.index(after: mid) < chars.endIndex,
               chars[chars.index(after: mid)] == "(", let close = chars[mid...].firstIndex(of: ")") {
                out += String(chars[(chars.startIndex + 1)..<mid])
                chars = chars[(close + 1)...]
                continue
            }
            if c == "*" || c == "_" || c == "`" {
                chars = chars.dropFirst()
                continue
            }
            out.append(c)
            chars = chars.dropFirst()
        }
        return out
    }
}
