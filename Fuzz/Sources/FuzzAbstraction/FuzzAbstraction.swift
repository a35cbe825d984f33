import Foundation
import Precis

/// Sentence compression and fusion on arbitrary text: the text is split into sentences; each goes
/// through `SpanCompressor` (both levels, every candidate, and a second compressor that keeps
/// the source's case and applies every other rule) and the older `SentenceCompressor`; groups of
/// 2–4 sentences (neighbours, a sentence with itself, a sentence with its compressions) go through
/// `SentenceFuser`. Nothing may trap, and every output keeps the promises its type documents:
/// a compression that deletes something passes `FaithfulnessGuard` against its source (its words
/// in order, protected words kept, quotes and brackets balanced), keeps at least `minimumWords`
/// and adds no word; a fusion passes the guard against its group (trigrams and facts from the
/// sources, balance, the sources' certainty), is shorter than the shortest source, differs from
/// each, and names its sources in range; word counts are whitespace-separated words.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let (text, _) = try? TextDecoder.decode(data) else { return 0 }
    var sentences: [String] = []
    for paragraph in DocumentCleaner.paragraphs(of: text) {
        for range in splitter.sentenceRanges(in: paragraph) { sentences.append(String(paragraph[range])) }
        if sentences.count >= 16 { break }
    }
    sentences = Array(sentences.prefix(16))
    var groups: [[String]] = []
    for (i, sentence) in sentences.enumerated() {
        let levels = compressor.compress(sentence, levels: [.light, .full])
        require(levels == [compressor.compress(sentence, level: .light), compressor.compress(sentence, level: .full)],
                     "compress(_:levels:) differs from compress(_:level:) at each level")
        for candidate in levels { checkCompression(candidate, of: sentence, by: compressor, listed: false) }
        var seen = Set<String>()
        for candidate in compressor.candidates(for: sentence) {
            require(seen.insert(candidate.text).inserted, "a repeated candidate: \(candidate.text)")
            checkCompression(candidate, of: sentence, by: compressor, listed: true)
        }
        let other = i % 2 == 0 ? evenRules : oddRules
        for candidate in other.compress(sentence, levels: [.light, .full]) + other.candidates(for: sentence) {
            checkCompression(candidate, of: sentence, by: other, listed: false)
        }
        let older = SentenceCompressor().compress(sentence)
        require(!older.isEmpty && words(older) <= words(sentence), "SentenceCompressor emptied or lengthened “\(sentence)”: “\(older)”")
        // fusion groups: a sentence with its own compressions (they share most trigrams), and with itself
        let shortened = Array(Set(levels.map(\.text)).subtracting([sentence])).sorted()
        if !shortened.isEmpty { groups.append([sentence] + shortened) }
        if i < 2 { groups.append([sentence, sentence]) }
    }
    // neighbours, 2–4 at a time, the sizes read from the input
    var i = 0
    while i + 1 < sentences.count {
        let size = 2 + Int(data[i % data.count]) % 3
        groups.append(Array(sentences[i..<min(i + size, sentences.count)]))
        i += size - 1
    }
    for group in groups.prefix(14) { checkFusions(of: group) }
    return 0
}

let splitter = SentenceSplitter()
let compressor = SpanCompressor()
let fuser = SentenceFuser()
/// A compressor that leaves the first word's case alone and applies half of the rules.
let evenRules = partial(keeping: 0), oddRules = partial(keeping: 1)

func partial(keeping parity: Int) -> SpanCompressor {
    var c = SpanCompressor()
    c.capitalizesFirstWord = false
    c.rules = Set(CompressionRule.allCases.enumerated().filter { $0.offset % 2 == parity }.map(\.element))
    return c
}

/// Whitespace-separated words, as `CompressionCandidate.wordCount` and `Fusion.wordCount` count them.
func words(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }

func checkCompression(_ c: CompressionCandidate, of source: String, by compressor: SpanCompressor, listed: Bool) {
    require(c.wordCount == words(c.text), "wordCount \(c.wordCount) of “\(c.text)” is not its whitespace-separated words")
    var previousEnd = 0
    for range in c.deletedTokens {
        require(!range.isEmpty && range.lowerBound >= previousEnd, "deleted token ranges overlap or go backwards: \(c.deletedTokens)")
        previousEnd = range.upperBound
    }
    require(c.rules == c.rules.sorted() && Set(c.rules).count == c.rules.count, "rules not sorted and distinct: \(c.rules)")
    require(c.rules.allSatisfy(compressor.rules.contains), "a rule that is off was applied: \(c.rules)")
    if c.deletedTokens.isEmpty {
        require(!listed, "a listed candidate deletes nothing: “\(c.text)”")
        require(c.rules.isEmpty, "rules named for a sentence left whole")
        return
    }
    require(!c.rules.isEmpty, "spans deleted without a rule")
    require(c.text != source, "a compression equal to its source")
    require(c.wordCount >= compressor.minimumWords, "“\(c.text)” keeps \(c.wordCount) words, below the minimum")
    require(c.wordCount <= words(source), "“\(c.text)” is longer than its source “\(source)”")
    let violations = FaithfulnessGuard.violations(compressed: c.text, source: source, classes: compressor.classes)
    require(violations.isEmpty, "compression fails the guard (\(violations)): “\(source)” → “\(c.text)”")
}

func checkFusions(of group: [String]) {
    let fusions = fuser.candidates(group)
    let shortest = group.map(words).min()!
    var texts = Set<String>()
    for (k, f) in fusions.enumerated() {
        require(texts.insert(f.text).inserted, "a repeated fusion: \(f.text)")
        require(f.wordCount == words(f.text), "wordCount \(f.wordCount) of “\(f.text)” is not its whitespace-separated words")
        require(f.wordCount >= fuser.minimumWords && f.wordCount < shortest,
                     "fusion of \(f.wordCount) words, not in [\(fuser.minimumWords), \(shortest)): “\(f.text)”")
        require(!group.contains(f.text), "a fusion equal to a source: “\(f.text)”")
        require(!f.sources.isEmpty && f.sources == Array(Set(f.sources)).sorted() && f.sources.allSatisfy(group.indices.contains),
                     "bad source indices \(f.sources) for \(group.count) sources")
        require(f.score.isFinite, "score \(f.score)")
        if k > 0 { require((fusions[k - 1].score, fusions[k - 1].text) < (f.score, f.text), "fusions not best first") }
        let violations = FaithfulnessGuard.violations(fused: f.text, sources: group, classes: fuser.classes)
        require(violations.isEmpty, "fusion fails the guard (\(violations)): \(group) → “\(f.text)”")
    }
}

/// A `precondition` whose message survives a release build (Swift drops precondition messages
/// there), so a finding names the promise it breaks in `run.sh`'s output.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
}
