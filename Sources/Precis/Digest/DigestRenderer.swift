import Foundation
import PrecisSupport

/// Renders a ``Digest`` as plain text, Markdown or JSON.
///
/// - **text**: the digest's sentences, one per line, nothing else (what ROUGE scores).
/// - **markdown**: a heading, then a numbered list with each item's score, source sentence(s)
///   (a shortened or fused item says so) and supporting documents.
/// - **json**: the ``Digest`` value, keys sorted, pretty-printed: identical input gives
///   identical bytes.
public enum DigestRenderer {
    /// An output format.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        case text, markdown, json
    }

    /// Renders a digest.
    /// - Parameters:
    ///   - digest: the digest.
    ///   - format: the output format.
    /// - Returns: the rendered text, ending with a newline.
    /// - Complexity: O(size of the digest).
    public static func render(_ digest: Digest, as format: Format) -> String {
        switch format {
        case .text:
            return digest.items.map { $0.text + "\n" }.joined()
        case .markdown:
            var out = "# \(markdownEscaped(digest.title ?? "Digest"))\n\n"
            out += "_\(counted(digest.items.count, "sentence")), \(counted(digest.wordCount, "word")), from \(counted(digest.documents.count, "document"))._\n\n"
            if let note = digest.note { out += "_Note: \(markdownEscaped(note))_\n\n" }
            for (n, item) in digest.items.enumerated() {
                out += "\(n + 1). \(markdownEscaped(item.text))\n"
                let places = item.sources.map { "`\(codeSpan($0.document))` #\($0.sentenceIndex)" }.joined(separator: ", ")
                let made = switch item.kind {
                case .extracted: places
                case .compressed: "shortened from \(places)"
                case .fused: "fused from \(places)"
                }
                var source = "   <sub>score \(Self.score(item.score)) · \(made)"
                if !item.supportingDocuments.isEmpty {
                    source += " · also in \(item.supportingDocuments.map { "`\(codeSpan($0))`" }.joined(separator: ", "))"
                }
                out += source + "</sub>\n"
            }
            return out
        case .json:
            return json(digest)
        }
    }

    /// Deterministic JSON for any encodable value: sorted keys, two-space indent, trailing newline.
    public static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Text safe inside a Markdown code span (backticks and line breaks removed).
    static func codeSpan(_ text: String) -> String {
        String(_displayText(text).filter { $0 != "`" })
    }

    /// Escapes characters Markdown or inline HTML would interpret.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for c in _displayText(text) {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\", "#", "|": out += "\\\(c)"
            default: out.append(c)
            }
        }
        return out
    }

    /// A score as a reader wants it: four decimals at most, trailing zeros dropped ("176.1",
    /// "0.0123", "3"), so a concept weight does not read as "176.1000".
    static func score(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
