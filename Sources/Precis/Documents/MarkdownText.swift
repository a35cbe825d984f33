/// Reads Markdown into blocks: paragraphs (soft-wrapped lines joined), list items, block
/// quotes and headings, each a block of its own, so that two blocks never join into one sentence.
///
/// Headings are blocks set aside: the first level-1 heading (or, failing that, the first
/// heading) is the title, the others are dropped. Emphasis markers and inline code ticks are
/// removed (an `_` inside a word, as in `snake_case`, stays), links keep their text
/// (`[text](url)` → `text`), images, HTML comments and inline HTML tags are dropped, fenced and
/// indented code blocks, table rows and thematic breaks are dropped (they are not prose: their
/// lines would become sentences), list markers and block quotes lose their marker. A block whose
/// text is mostly link text (a menu line, a list of links) is navigation.
public enum MarkdownText {
    /// - Parameter markdown: Markdown source.
    /// - Returns: the kept blocks separated by blank lines, and the title.
    /// - Complexity: O(*n*).
    public static func extract(_ markdown: String) -> (text: String, title: String?) {
        let page = blocks(markdown)
        return (page.blocks.filter { $0.dropped == nil }.map(\.text).joined(separator: "\n\n"), page.title)
    }

    /// Markdown's blocks, in order, with the headings and navigation set aside, and the title.
    /// - Parameter markdown: Markdown source.
    /// - Returns: the blocks and the title.
    /// - Complexity: O(*n*).
    public static func blocks(_ markdown: String) -> (blocks: [DocumentBlock], title: String?) {
        var reader = _MarkdownBlockReader()
        for raw in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            reader.read(raw)
        }
        reader.flush()
        var blocks = reader.blocks
        let titleIndex = reader.headings.first(where: { $0.level == 1 })?.index ?? reader.headings.first?.index
        for heading in reader.headings {
            blocks[heading.index].dropped = heading.index == titleIndex ? .headline : .heading
        }
        return (blocks, titleIndex.map { blocks[$0].text })
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

    /// Whether a line starts as a numbered list item (`12. text`, `12) text`).
    static func numbered(_ line: String) -> Bool {
        guard let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }), !line[..<dot].isEmpty,
              line[..<dot].allSatisfy(\.isNumber) else { return false }
        return line[line.index(after: dot)...].hasPrefix(" ")
    }

    /// Removes inline markup from one line.
    static func inline(_ line: String) -> String {
        _inline(line).text
    }

    /// Removes inline markup from one line, counting the characters of link text (spaces not counted).
    static func _inline(_ line: String) -> (text: String, linkCharacters: Int) {
        var out = "", linkCharacters = 0
        var chars = Array(line)[...]
        while let c = chars.first {
            if c == "!" && chars.dropFirst().first == "[", let close = Self.find(")", in: chars, within: 2_000),
               chars[chars.startIndex..<close].contains("](") {
                chars = chars[(close + 1)...]
                continue
            }
            if c == "[", let mid = Self.find("]", in: chars, within: 2_000), chars.index(after: mid) < chars.endIndex,
               chars[chars.index(after: mid)] == "(", let close = Self.closingParenthesis(chars, from: chars.index(after: mid)) {
                let linkText = String(chars[(chars.startIndex + 1)..<mid])
                out += linkText
                linkCharacters += linkText.count(where: { !$0.isWhitespace && $0 != "*" && $0 != "_" && $0 != "`" })
                chars = chars[(close + 1)...]
                continue
            }
            // an HTML comment
            if c == "<", chars.dropFirst().starts(with: "!--") {
                let rest = String(chars)
                if let end = rest.range(of: "-->") {
                    chars = chars[(chars.startIndex + rest.distance(from: rest.startIndex, to: end.upperBound))...]
                } else {
                    chars = chars[chars.endIndex...]
                }
                continue
            }
            // a reference link, `[text][1]`: its text
            if c == "[", let mid = Self.find("]", in: chars, within: 2_000), chars.index(after: mid) < chars.endIndex,
               chars[chars.index(after: mid)] == "[", let close = Self.find("]", in: chars[(mid + 1)...], within: 200) {
                let linkText = String(chars[(chars.startIndex + 1)..<mid])
                out += linkText
                linkCharacters += linkText.count(where: { !$0.isWhitespace && $0 != "*" && $0 != "_" && $0 != "`" })
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
        return (out, linkCharacters)
    }
}

/// Reads Markdown line by line into blocks (see ``MarkdownText/blocks(_:)``).
struct _MarkdownBlockReader {
    var blocks: [DocumentBlock] = []
    var headings: [(index: Int, level: Int)] = []
    private var current: [String] = []
    private var linkCharacters = 0
    private var inFence = false
    private var previousBlank = true
    private var inIndentedCode = false
    private var inList = false
    /// The closing mark of YAML (`---`) or TOML (`+++`) front matter being skipped.
    private var frontMatterEnd: String?
    private var atStart = true

    mutating func flush() {
        let text = TextNormalizer.collapseWhitespace(DocumentCleaner._joiningWrappedLines(current))
        if !text.isEmpty {
            let letters = text.count(where: { !$0.isWhitespace })
            blocks.append(DocumentBlock(text, dropped: linkCharacters * 2 > letters ? .navigation : nil))
        }
        current = []
        linkCharacters = 0
    }

    private mutating func append(_ line: String) {
        let (text, links) = MarkdownText._inline(line)
        current.append(text)
        linkCharacters += links
    }

    private mutating func heading(_ text: String, level: Int) {
        flush()
        let clean = TextNormalizer.collapseWhitespace(MarkdownText.inline(text))
        guard !clean.isEmpty else { return }
        headings.append((blocks.count, level))
        blocks.append(DocumentBlock(clean))
    }

    mutating func read(_ raw: Substring) {
        var line = TextNormalizer.trimmed(raw)
        // front matter (`---` … `---` opening the file) holds settings, not text
        if let end = frontMatterEnd {
            if line == end { frontMatterEnd = nil }
            return
        }
        if atStart {
            if line.isEmpty { return }
            atStart = false
            if line == "---" || line == "+++" { frontMatterEnd = line; return }
        }
        // a link reference definition (`[1]: https://…`) or footnote definition
        if line.hasPrefix("["), let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(":") {
            flush()
            return
        }
        if line.hasPrefix("```") || line.hasPrefix("~~~") { flush(); inFence.toggle(); return }
        if inFence { return }
        // An indented code block starts after a blank line (a list's indented lines are its
        // continuation, not code) and runs while lines stay indented or blank.
        let indented = raw.hasPrefix("    ") || raw.hasPrefix("\t")
        if line.isEmpty {
            flush()
            previousBlank = true
            return
        }
        inIndentedCode = indented && (inIndentedCode || (previousBlank && !inList))
        let afterBlank = previousBlank
        previousBlank = false
        if inIndentedCode { return }
        if line.hasPrefix("|") { flush(); return }  // a table row or its |---| rule
        // a setext underline makes the paragraph above a heading; after a blank line `---` is a rule
        if !afterBlank, !current.isEmpty, line.count >= 2, line.allSatisfy({ $0 == "=" }) || line.allSatisfy({ $0 == "-" }) {
            let text = current.joined(separator: " ")
            current = []
            linkCharacters = 0
            heading(text, level: line.first == "=" ? 1 : 2)
            return
        }
        if line.count >= 3, let mark = line.first, "-*_".contains(mark), line.allSatisfy({ $0 == mark || $0 == " " }) {
            flush()  // a thematic break
            return
        }
        if line.hasPrefix("#") {
            let level = line.prefix(while: { $0 == "#" }).count
            heading(TextNormalizer.trimmed(line.drop(while: { $0 == "#" })), level: level)
            inList = false
            return
        }
        if line.hasPrefix(">") {
            line = TextNormalizer.trimmed(line.drop(while: { $0 == ">" || $0 == " " }))
            if line.isEmpty { flush(); return }
        }
        let bullet = ["- ", "* ", "+ "].contains(where: line.hasPrefix)
        if bullet || MarkdownText.numbered(line) {
            flush()  // each item is a block of its own
            inList = true
            if bullet {
                line = String(line.dropFirst(2))
            } else if let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }) {
                line = TextNormalizer.trimmed(line[line.index(after: dot)...])
            }
        } else if !indented && afterBlank {
            inList = false
        }
        append(line)
    }
}
