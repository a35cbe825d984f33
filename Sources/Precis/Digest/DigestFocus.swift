/// What a reader brings to a digest besides the articles: a topic to answer, and earlier
/// articles already read (update summarization: the digest says only what the articles add).
///
/// ```swift
/// let focus = DigestFocus(topic: "Steps toward the introduction of the Euro", earlier: yesterday)
/// let digest = try Digester().digest(today, focus: focus)
/// ```
public struct DigestFocus: Sendable, Hashable {
    /// What the reader wants to know (a title and a few sentences), or `nil`.
    public var topic: String?
    /// The articles already read (empty: none).
    public var earlier: [Document]

    /// A focus.
    /// - Parameters:
    ///   - topic: what the reader wants to know, or `nil`.
    ///   - earlier: the articles already read.
    public init(topic: String? = nil, earlier: [Document] = []) {
        self.topic = topic
        self.earlier = earlier
    }

    /// Reads a topic statement: DUC's topic files are a title line, a blank line and a
    /// narrative; any text works. Lines are joined with spaces and surrounding space is trimmed.
    /// - Parameter text: the statement.
    /// - Returns: the topic text, or `nil` when `text` holds no word.
    public static func topic(from text: String) -> String? {
        let joined = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }
}
