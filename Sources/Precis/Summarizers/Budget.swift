import PrecisSupport
/// How much summary to produce.
///
/// In JSON a budget is a one-key object: `{"words": 100}`, `{"sentences": 5}`,
/// `{"ratio": 0.1}` (of the input's words) or `{"bytes": 665}`.
public enum Budget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// At most this many words (whitespace-separated).
    case words(Int)
    /// At most this many sentences.
    case sentences(Int)
    /// At most this fraction of the input's words.
    case ratio(Double)
    /// At most this many UTF-8 bytes of text (sentences joined by one space).
    case bytes(Int)

    /// Checks the budget is usable.
    /// - Throws: ``PrecisError`` for a zero, negative or non-finite budget.
    public func validate() throws {
        switch self {
        case .words(let n) where n < 1: throw PrecisError.invalidBudget("a word budget must be at least 1, got \(n)")
        case .sentences(let n) where n < 1: throw PrecisError.invalidBudget("a sentence budget must be at least 1, got \(n)")
        case .bytes(let n) where n < 1: throw PrecisError.invalidBudget("a byte budget must be at least 1, got \(n)")
        case .ratio(let r) where !(r > 0 && r <= 1):
            throw PrecisError.invalidBudget("a ratio budget must be in (0, 1], got \(r)")
        default: break
        }
    }

    /// The room a budget leaves, in its own unit, for an input of `totalWords` words.
    func capacity(totalWords: Int) -> Double {
        switch self {
        case .words(let n): return Double(n)
        case .sentences(let n): return Double(n)
        case .bytes(let n): return Double(n)
        case .ratio(let r): return (r * Double(totalWords)).rounded(.down)
        }
    }

    /// What a sentence costs under this budget (`separator` adds the joining space for bytes),
    /// with the words it holds back for names (``ClusterSentence/reservedWords``).
    func cost(of sentence: ClusterSentence, separator: Bool) -> Double {
        switch self {
        case .words, .ratio: return Double(sentence.wordCount + sentence.reservedWords)
        case .sentences: return 1
        case .bytes: return Double(sentence.text.utf8.count + sentence.reservedBytes + (separator ? 1 : 0))
        }
    }

    /// What text written into the digest's sentences costs under this budget (`separator` adds
    /// the joining space for bytes): its words, or its bytes; a sentence budget counts sentences,
    /// so text inside them costs nothing (``NameCompletion`` adds given names this way).
    func cost(ofText text: String, separator: Bool) -> Double {
        switch self {
        case .words, .ratio: return Double(ClusterSentence.countWords(text))
        case .sentences: return 0
        case .bytes: return Double(text.utf8.count + (separator ? 1 : 0))
        }
    }

    public var description: String {
        switch self {
        case .words(let n): return "\(n) words"
        case .sentences(let n): return "\(n) sentences"
        case .ratio(let r): return "\(r) of the input"
        case .bytes(let n): return "\(n) bytes"
        }
    }

    private enum Key: String, CodingKey, CaseIterable { case words, sentences, ratio, bytes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: Key.self)
        if let n = try c.decodeIfPresent(Int.self, forKey: .words) { self = .words(n) }
        else if let n = try c.decodeIfPresent(Int.self, forKey: .sentences) { self = .sentences(n) }
        else if let r = try c.decodeIfPresent(Double.self, forKey: .ratio) { self = .ratio(r) }
        else if let n = try c.decodeIfPresent(Int.self, forKey: .bytes) { self = .bytes(n) }
        else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a budget is one of {\"words\": N}, {\"sentences\": N}, {\"ratio\": R}, {\"bytes\": N}"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .words(let n): try c.encode(n, forKey: .words)
        case .sentences(let n): try c.encode(n, forKey: .sentences)
        case .ratio(let r): try c.encode(r, forKey: .ratio)
        case .bytes(let n): try c.encode(n, forKey: .bytes)
        }
    }
}

extension PrecisError {
    /// No sentence fits `budget`.
    /// - Parameter shortest: the cheapest sentence's cost, in the budget's unit.
    static func nothingFits(_ budget: Budget, shortest: Double) -> PrecisError {
        let unit = if case .bytes = budget { "bytes" } else { "words" }
        return PrecisError(code: .nothingFits(budget.description, "\(Int(shortest)) \(unit)"))
    }
}
