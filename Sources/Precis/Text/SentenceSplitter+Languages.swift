/// A language's sentence-splitting rules beyond English's: its abbreviations (one-word and
/// spaced, `z. B.`, `p. ej.`), sentence openers, month names and the nouns an ordinal number
/// precedes (`3. Oktober`, `2. Weltkrieg`), and its quotation marks (`„…“`, `« … »`, `¿`, `¡`).
struct _LanguageRules: Sendable {
    /// The language (`nil`: a language without rules, split by the fallback rules alone).
    var language: Language?
    /// Whether the language has an abbreviation list (`Models/sentence-rules-CODE.txt`).
    var hasAbbreviationList: Bool
    /// Spaced abbreviations (`z. B`), as scalars with their final period, and their kind.
    var spaced: [(text: [Unicode.Scalar], kind: SentenceSplitter.AbbreviationKind)]
    /// Month names, lowercase (full and abbreviated).
    var months: Set<String>
    /// Nouns an ordinal written `N.` precedes, lowercase (`jahrhundert`, `platz`).
    var ordinalNouns: Set<String>
    /// Whether `„` opens a quotation `“` closes (and `“`, `‘` close one after a terminator).
    var lowHighQuotes: Bool
    /// Whether a closing `»` may follow a terminator after a space (French `« … . »`).
    var spacedGuillemets: Bool

    /// The closers after a terminator beyond English's: `“` and `‘` where they close German
    /// quotations, and a `»` after a space in French typography.
    func extendClosers(_ chars: [Unicode.Scalar], from end: Int) -> Int {
        var end = end
        if lowHighQuotes {
            while end < chars.count, chars[end] == "“" || chars[end] == "‘" || SentenceSplitter.isCloser(chars[end]) { end += 1 }
        }
        if spacedGuillemets {
            var k = end
            while k < chars.count, SentenceSplitter.isSpace(chars[k]) { k += 1 }
            if k < chars.count, chars[k] == "»" {
                end = k + 1
                while end < chars.count, SentenceSplitter.isCloser(chars[end]) { end += 1 }
            }
        }
        return end
    }

    /// Marks that open a sentence in this language beyond English's (`¿`, `¡`, `‚`, `»`).
    func opensSentence(_ c: Unicode.Scalar) -> Bool {
        c == "¿" || c == "¡" || c == "‚" || c == "»" || c == "—" || c == "–"
    }

    /// Whether a single period at `i` ends a sentence under this language's rules.
    func periodEndsSentence(_ chars: [Unicode.Scalar], periodAt i: Int, nextWordAt next: Int,
                            splitter: SentenceSplitter) -> Bool
    {
        var wordStart = i
        while wordStart > 0, SentenceSplitter.isLetter(chars[wordStart - 1]) || chars[wordStart - 1] == "."
            || SentenceSplitter.isDigit(chars[wordStart - 1])
        {
            wordStart -= 1
        }
        guard wordStart < i else { return true }
        let word = SentenceSplitter.text(chars[wordStart..<i])
        let nextWord = lowercased(SentenceSplitter.word(at: next, in: chars))
        func beforeOpener() -> Bool { splitter.sentenceOpeners.contains(nextWord) }
        if let (kind, isLast) = spacedAbbreviation(chars, periodAt: i) {
            return isLast && kind == .other && beforeOpener()
        }
        if let kind = splitter.abbreviations[word] ?? splitter.abbreviations[lowercased(word)]
            ?? splitter.abbreviations[SentenceSplitter.capitalized(word)]
        {
            return kind == .other && beforeOpener()
        }
        if word.unicodeScalars.allSatisfy(SentenceSplitter.isDigit) {
            // "am 3. Oktober", "2. Weltkrieg": an ordinal, not a sentence's last number
            return !months.contains(nextWord) && !ordinalNouns.contains(nextWord)
        }
        let isInitial = i - wordStart == 1
        let isAcronym = word.contains(".") && word.split(separator: ".").allSatisfy { $0.count <= 2 }
        if isInitial || isAcronym {
            // without a list no opener is known: a single letter never ends a sentence
            return hasAbbreviationList && chars[wordStart].properties.isUppercase && beforeOpener()
        }
        return true
    }

    /// The spaced abbreviation the period at `i` belongs to, if any, and whether it is its last
    /// period (an inner one never ends a sentence).
    func spacedAbbreviation(_ chars: [Unicode.Scalar], periodAt i: Int) -> (SentenceSplitter.AbbreviationKind, Bool)? {
        for (text, kind) in spaced {
            for (p, c) in text.enumerated() where c == "." {
                let start = i - p
                guard start >= 0, start + text.count <= chars.count else { continue }
                if start > 0 && SentenceSplitter.isLetter(chars[start - 1]) { continue }
                var matches = true
                for k in text.indices where lowercased(chars[start + k]) != lowercased(text[k]) {
                    matches = false
                    break
                }
                if matches { return (kind, p == text.count - 1) }
            }
        }
        return nil
    }

    func lowercased(_ word: String) -> String {
        language.map { WordTokenizer.lowercased(word, in: $0) } ?? word.lowercased()
    }

    func lowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.isASCII ? Unicode.Scalar(c.value | (c.value >= 65 && c.value <= 90 ? 0x20 : 0))! : c
    }
}

extension SentenceSplitter {
    /// A splitter for a language: English's shipped rules for English; for another language its
    /// abbreviations, openers and ordinal nouns from `Models/sentence-rules-CODE.txt` where that
    /// file exists, and otherwise the fallback rules (see ``fallback(for:)``).
    /// - Parameter language: the text's language.
    public init(language: Language) {
        self = language == .english ? .english : Self._byLanguage[language] ?? .fallback(for: language)
    }

    /// Whether this splitter has an abbreviation list (English's, or its language's file).
    public var hasAbbreviationList: Bool { _rules?.hasAbbreviationList ?? true }

    /// The splitter for a language without an abbreviation list, or for text of an unknown
    /// language (`nil`): no boundary before a lowercase word, after a single letter, or after a
    /// number followed by a month name of the language; no other abbreviation is known.
    /// - Parameter language: the language, for its month names and case rules, or `nil`.
    public static func fallback(for language: Language?) -> SentenceSplitter {
        var splitter = SentenceSplitter(abbreviations: [:], sentenceOpeners: [])
        splitter._rules = _LanguageRules(
            language: language, hasAbbreviationList: false, spaced: [],
            months: language.map { _months[$0] ?? [] } ?? [], ordinalNouns: [],
            lowHighQuotes: true, spacedGuillemets: true)
        return splitter
    }

    /// The languages with a rules file, read once.
    private static let _byLanguage: [Language: SentenceSplitter] = {
        var splitters: [Language: SentenceSplitter] = [:]
        for language in Language.all where language != .english {
            // a language without a rules file uses the fallback rules
            let name = "sentence-rules-\(language.code).txt"
            guard ModelFiles.names.contains(name) else { continue }
            let text = ModelFiles.required(name)
            splitters[language] = parsingRules(text, language: language)
        }
        return splitters
    }()

    /// Parses a rules file: `kind<TAB>text` per line, kinds `title` and `other` (abbreviations
    /// without their final period, spaced ones as written: `z. B`), `opener` (a word that
    /// commonly opens a sentence) and `ordinal` (a noun an ordinal `N.` precedes).
    static func parsingRules(_ text: String, language: Language) -> SentenceSplitter {
        var abbreviations: [String: AbbreviationKind] = [:]
        var spaced: [(text: [Unicode.Scalar], kind: AbbreviationKind)] = []
        var openers: Set<String> = []
        var ordinals: Set<String> = []
        var lowHigh = false
        var guillemets = false
        for line in ModelFiles.lines(of: text) {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 2 else { continue }
            let value = fields[1]
            switch fields[0] {
            case "title", "other":
                let kind = AbbreviationKind(rawValue: fields[0])!
                if value.contains(" ") {
                    spaced.append((Array((value + ".").unicodeScalars), kind))
                } else {
                    abbreviations[value] = kind
                }
            case "opener": openers.insert(WordTokenizer.lowercased(value, in: language))
            case "ordinal": ordinals.insert(WordTokenizer.lowercased(value, in: language))
            case "quotes":
                lowHigh = lowHigh || value == "low-high"
                guillemets = guillemets || value == "spaced-guillemets"
            default: continue
            }
        }
        // longest first, so "p. ej" is tried before a shorter entry sharing its end
        spaced.sort { $0.text.count > $1.text.count }
        var splitter = SentenceSplitter(abbreviations: abbreviations, sentenceOpeners: openers)
        splitter._rules = _LanguageRules(
            language: language, hasAbbreviationList: true, spaced: spaced, months: _months[language] ?? [],
            ordinalNouns: ordinals, lowHighQuotes: lowHigh, spacedGuillemets: guillemets)
        return splitter
    }

    /// Month names per language (`Models/months.tsv`), lowercase.
    static let _months: [Language: Set<String>] = {
        var months: [Language: Set<String>] = [:]
        for line in ModelFiles.lines(of: ModelFiles.required("months.tsv")) {
            let fields = line.split(separator: "\t").map(String.init)
            guard let code = fields.first, let language = Language(code: code) else { continue }
            months[language] = Set(fields.dropFirst().map { WordTokenizer.lowercased($0, in: language) })
        }
        return months
    }()
}
