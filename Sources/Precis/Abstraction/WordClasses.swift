import PrecisSupport

/// Closed-class English word lists for rule-based compression (`Models/word-classes-en.txt`):
/// the parts of speech the rules need, without a tagger.
///
/// Each class is a set of lower-case words; a phrase class holds multi-word phrases as token
/// sequences (`of course` → `["of", "course"]`).
public struct WordClasses: Sendable {
    /// Class name → its single words.
    public let words: [String: Set<String>]
    /// Class name → its phrases of two or more words.
    public let phrases: [String: [[String]]]
    /// Word → the classes (of those the rules test) it belongs to: one lookup per token.
    let classesOfWord: [String: WordClass]
    /// The same words by their bytes (FNV, no seeded SipHash and no `String` comparison per
    /// look-up: the compressor and the fuser look up every token), with their classes by number;
    /// `nil` when a word is not ASCII. For ASCII words and keys, equal bytes are equal strings;
    /// a key with other characters may equal a word written otherwise (canonical equivalence,
    /// `K` and the Kelvin sign), so such keys are looked up in ``classesOfWord``.
    let wordNumbers: ByteStringTable?
    let classesByNumber: [WordClass]

    /// The shipped English lists.
    ///
    /// A build without the model file is broken, not a user error, so it stops with a message.
    public static let english: WordClasses = {
        WordClasses(parsing: ModelFiles.required("word-classes-en.txt"))
    }()

    /// Lists parsed from `class: word word …` lines (`#` starts a comment line).
    /// - Parameter text: the file's text.
    public init(parsing text: String) {
        var words: [String: Set<String>] = [:]
        var phrases: [String: [[String]]] = [:]
        for line in ModelFiles.lines(of: text) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            for entry in line[line.index(after: colon)...].split(separator: " ") {
                let parts = entry.split(separator: "_").map(String.init)
                if parts.count == 1 { words[name, default: []].insert(parts[0]) }
                else { phrases[name, default: []].append(parts) }
            }
        }
        self.words = words
        self.phrases = phrases
        var classesOfWord: [String: WordClass] = [:]
        for (name, members) in words {
            guard let bit = WordClass(name: name) else { continue }
            for word in members { classesOfWord[word, default: []].insert(bit) }
        }
        for phrase in phrases["filler-phrase"] ?? [] { classesOfWord[phrase[0], default: []].insert(.fillerPhraseStart) }
        self.classesOfWord = classesOfWord
        // numbered in sorted order, so the table is the same on every run
        var wordNumbers = ByteStringTable(minimumCapacity: classesOfWord.count)
        var classesByNumber: [WordClass] = []
        for (word, classes) in classesOfWord.sorted(by: { $0.key < $1.key }) {
            var word = word
            word.withUTF8 { _ = wordNumbers.insert($0) }
            classesByNumber.append(classes)
        }
        self.wordNumbers = classesOfWord.keys.allSatisfy(isASCII) ? wordNumbers : nil
        self.classesByNumber = classesByNumber
    }

    /// Whether `key` (a lower-cased token) belongs to class `name`.
    public func contains(_ key: String, in name: String) -> Bool {
        words[name]?.contains(key) ?? false
    }

    /// The classes `key` (a lower-cased token) belongs to, among those ``WordClass`` names.
    func classes(of key: String) -> WordClass {
        guard let wordNumbers, isASCII(key) else { return classesOfWord[key] ?? [] }
        var key = key
        return key.withUTF8 { bytes in wordNumbers.number(of: bytes).map { classesByNumber[$0] } ?? [] }
    }

    /// `tokens` with each one's ``CompressionToken/wordClasses`` filled in, which the
    /// compression rules and ``ProtectedTokens`` test.
    func tagged(_ tokens: [CompressionToken]) -> [CompressionToken] {
        var tokens = tokens
        for i in tokens.indices { tokens[i].wordClasses = classes(of: tokens[i].key) }
        return tokens
    }
}
