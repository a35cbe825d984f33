/// The language a cluster is read in, and how it was decided.
public struct LanguageChoice: Sendable, Hashable {
    /// The language whose rules apply (`nil`: the text's language has no rules, or could not be told).
    public var language: Language?
    /// The detected profile code (`"pl"`), also when Precis has no rules for it; `nil` when given
    /// or undetermined.
    public var detectedCode: String?
    /// Whether the language was given in the options rather than detected.
    public var isGiven: Bool
}

extension Digester {
    /// The language `documents` are read in: ``DigestOptions/language`` when set, otherwise the
    /// one ``LanguageDetector`` finds in the letters of the first documents' text.
    /// - Parameter documents: the cluster's documents.
    /// - Returns: the choice; its `language` is `nil` for text in a language without rules or
    ///   too short (or of a script without profiles, such as Chinese) to tell.
    /// - Complexity: O(*n*) in the length of the first few thousand letters read.
    public func language(of documents: [Document]) -> LanguageChoice {
        if let given = options.language { return LanguageChoice(language: given, detectedCode: nil, isGiven: true) }
        // the start of every paragraph, so that one long odd paragraph (a list, a table, a run
        // of names) does not decide for the whole cluster
        var sample = ""
        gathering: for document in documents.prefix(20) {
            for paragraph in document.paragraphs {
                // the same scalars as appending them one by one, copied at once
                sample += String(paragraph.unicodeScalars.prefix(400))
                sample += "\n"
                if sample.utf8.count >= 12_000 { break gathering }
            }
        }
        let code = LanguageDetector.detectWithShippedProfiles(sample)
        return LanguageChoice(language: code.flatMap(Language.init(code:)), detectedCode: code, isGiven: false)
    }

    /// The splitter and analyzer for a language choice. English, and text whose language could not
    /// be told, keep the English splitter and the analyzer chosen by script (`nil`), exactly as
    /// before languages were known; a detected language without rules gets the fallback splitter
    /// and no stop words or stemming.
    func _textRules(_ choice: LanguageChoice) -> (splitter: SentenceSplitter, analyzer: Analyzer?) {
        if let language = choice.language {
            return language == .english ? (SentenceSplitter(), nil) : (SentenceSplitter(language: language), Analyzer(language: language))
        }
        guard choice.detectedCode != nil else { return (SentenceSplitter(), nil) }
        return (.fallback(for: nil), Analyzer(Analyzer.Configuration(removeStopWords: false, stemming: .none)))
    }
}
