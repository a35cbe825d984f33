/// A whole quotation that names its speaker: `"We have never seen anything like this," said
/// Maria Lopez, the mayor.` or `“There is no point …,” Zelensky wrote.` It opens with a quotation
/// mark, yet a reader of it alone knows who speaks, unlike the second half of a quotation split
/// across sentences (`"…," he said. "And …"`) or one whose speaker an earlier sentence introduced
/// (`"…," the official said.`).
extension ClusterSentence {
    /// Speech verbs (`speech` in `Models/word-classes-en.txt`: said, told, wrote, …).
    static let speechVerbs: Set<String> = WordClasses.english.words["speech"] ?? []

    /// Words that cannot open a named speaker: articles (a described speaker, "the official", may
    /// be someone the sentence before introduced) and the words that point back (``contextOpeners``).
    static let unnamedSpeakerOpeners: Set<String> = contextOpeners.union(["the", "a", "an"])

    /// How many words may stand between the closing quotation mark and the speech verb when the
    /// speaker comes first ("Israeli Prime Minister Benjamin Netanyahu said").
    static let maximumSpeakerWords = 6

    /// Whether the sentence opens with a quotation that closes inside it and is followed by its
    /// speaker's name and a speech verb, in either order.
    ///
    /// `"…," said Maria Lopez.` and `"…," Zelensky wrote.` qualify; `"…," he said.`,
    /// `"…," the official said.`, an unclosed `"We …` and `"…" and then …` do not.
    /// - Complexity: O(n) in the sentence's length.
    public var opensWithAttributedQuotation: Bool {
        guard let open = text.unicodeScalars.first, let close = Self.closingQuote(of: open) else { return false }
        let scalars = Array(text.unicodeScalars)
        let apostrophe = close == "'" || close == "’"
        var i = 1
        while i < scalars.count {
            // an apostrophe closes only when no letter follows ("don't" is one word)
            let closes = !apostrophe || i + 1 == scalars.count || !scalars[i + 1].properties.isAlphabetic
            if scalars[i] == close && closes { break }
            i += 1
        }
        guard i < scalars.count - 1 else { return false }
        var rest = Substring(String(String.UnicodeScalarView(scalars[(i + 1)...])))
        rest = rest.drop { $0 == "," || $0.isWhitespace }
        let words = rest.split(whereSeparator: \.isWhitespace).prefix(Self.maximumSpeakerWords + 1).map {
            String($0.drop(while: \.isPunctuation).reversed().drop(while: \.isPunctuation).reversed())
        }
        guard words.count >= 2 else { return false }
        if Self.speechVerbs.contains(words[0].lowercased()) { return Self.isNamedSpeaker(words[1]) }
        return Self.isNamedSpeaker(words[0]) && words.dropFirst().contains { Self.speechVerbs.contains($0.lowercased()) }
    }

    /// A word that can open a speaker's name: capitalised, not an article or a word that points back.
    static func isNamedSpeaker(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return !unnamedSpeakerOpeners.contains(word.lowercased())
    }

    /// The mark that closes a quotation opened by `open`, or nil when `open` opens none (a bracket).
    static func closingQuote(of open: Unicode.Scalar) -> Unicode.Scalar? {
        switch open {
        case "\"": return "\""
        case "“": return "”"
        case "‘": return "’"
        case "'": return "'"
        case "«": return "»"
        case "„": return "“"
        default: return nil
        }
    }
}
