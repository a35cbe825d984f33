import Foundation
import Precis

/// Digests with abstraction on (compression `both`, fusion on), plain and for a reader with a
/// focus, on arbitrary articles. Input: a budget byte (15–270 words), a settings byte (order,
/// method, fill), then up to six articles separated by the byte 0x1E. The plain digest reads every
/// article; the update digest reads the first as the earlier article, the others as the new ones,
/// and the first line of the first as the topic (with one article only: that article and the topic).
///
/// Nothing may trap (errors are fine), and each digest keeps what it documents: its words within
/// the budget; at most one version of each source sentence; each item's kind true to its text
/// (an extracted item is its source sentence, a compressed one passes `FaithfulnessGuard` against
/// it, a fused one against its sources; a completed name cited from an earlier sentence of the
/// item's articles and passing the names guard); in an update digest, no item repeats the earlier
/// article, and no items only with the "nothing new" note; the plain digest the same when made
/// again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count >= 3 else { return 0 }
    let data = Data(bytes: start, count: count)
    let budget = 15 + Int(data[0])
    let flags = Int(data[1])
    var options = DigestOptions(budget: .words(budget), order: flags & 1 == 0 ? .rank : .source)
    options.method = methods[(flags >> 1) & 15]
    options.fillBudget = flags & 0x20 != 0
    options.compression = .both
    options.fusion = true
    var documents: [Document] = []
    var firstText = ""
    for part in data.dropFirst(2).split(separator: 0x1E, omittingEmptySubsequences: true).prefix(6) {
        guard let (text, _) = try? TextDecoder.decode(Data(part)) else { continue }
        if documents.isEmpty { firstText = text }
        // dated wire names, so that source order sorts by date
        documents.append(Document(name: "APW2026120\(documents.count + 1).000\(documents.count)", text: text))
    }
    guard !documents.isEmpty else { return 0 }
    let digester = try! Digester(options: options)

    if let cluster = try? digester.fit(documents), let digest = try? digester.digest(cluster) {
        check(digest, cluster, documents, budget: budget)
        require(digest.note != Digester.nothingNewNote, "a plain digest says nothing is new")
        require((try? digester.digest(documents)) == digest, "the same articles digest differently")
    }

    let topic = firstText.split(whereSeparator: { $0.isNewline }).first.map { String($0.prefix(300)) }
    let focus = documents.count > 1 ? DigestFocus(topic: topic, earlier: [documents[0]]) : DigestFocus(topic: topic)
    let new = documents.count > 1 ? Array(documents.dropFirst()) : documents
    if let cluster = try? digester.fit(new, focus: focus), let digest = try? digester.digest(cluster) {
        check(digest, cluster, new, budget: budget)
        if let f = cluster.focus, f.hasEarlier {
            require(digest.items.isEmpty == (digest.note == Digester.nothingNewNote), "no items without the note, or the note with items")
            let names: [String] = cluster.documents.map { $0.name }
            for item in digest.items {
                let i = cluster.sentences.firstIndex { (s: ClusterSentence) -> Bool in
                    names[s.document] == item.document && s.index == item.sentenceIndex && s.text == unnamed(item)
                }
                require(i != nil, "an item the cluster does not hold: \(item.text)")
                require(!f.repeatsEarlier(i!), "an update digest repeats the earlier article: \(item.text)")
            }
        }
    }
    return 0
}

/// Half the inputs use the default method.
let methods: [DigestOptions.SummarizerMethod] = Array(repeating: .concepts, count: 8)
    + [.centroidMMR, .lead, .centroid, .lexrank, .textrank, .sumbasic, .klsum, .submodular]

func check(_ digest: Digest, _ cluster: ClusterModel, _ documents: [Document], budget: Int) {
    let total = digest.items.reduce(0) { $0 + ClusterSentence.countWords($1.text) }
    require(digest.wordCount == total, "wordCount \(digest.wordCount), items hold \(total)")
    require(total <= budget, "\(total) words over the \(budget)-word budget: \(digest.items.map(\.text))")
    // each source sentence's text as split (the first version at its place, before variants and fusions)
    var original: [SentenceSource: String] = [:]
    let names = cluster.documents.map(\.name)
    for s in cluster.sentences where s.fusedWith.isEmpty {
        let key = SentenceSource(document: names[s.document], sentenceIndex: s.index)
        if original[key] == nil { original[key] = s.text }
    }
    // a sentence folded as another article's exact copy is found by splitting its article
    for s in ClusterSentence.sentences(of: documents) {
        let key = SentenceSource(document: names[s.document], sentenceIndex: s.index)
        if original[key] == nil { original[key] = s.text }
    }
    var used = Set<SentenceSource>()
    for item in digest.items {
        require(!item.text.isEmpty, "an empty item")
        require(item.sources.first == SentenceSource(document: item.document, sentenceIndex: item.sentenceIndex),
                     "the first source is not the item's place")
        for source in item.sources {
            require(used.insert(source).inserted, "two versions of one source sentence: \(source) in \(digest.items.map(\.text))")
        }
        let texts = item.sources.map { source -> String in
            guard let text = original[source] else { fatalError("an item names a sentence no article holds: \(source)") }
            return text
        }
        // names completed on first mention: each cited sentence comes earlier in one of the
        // item's articles, and the item is its text before completion with those names inserted
        let text = unnamed(item)
        if let completed = item.names {
            require(!completed.isEmpty, "an empty names list")
            let citations = completed.map { name -> String in
                let key = SentenceSource(document: name.document, sentenceIndex: name.sentenceIndex)
                require(item.sources.contains { $0.document == name.document && $0.sentenceIndex > name.sentenceIndex },
                        "a name cited from no earlier sentence of the item's articles: \(name)")
                guard let cited = original[key] else { fatalError("a name cites a sentence no article holds: \(name)") }
                return cited
            }
            let v = FaithfulnessGuard.violations(named: item.text, unnamed: text, citations: citations)
            require(v.isEmpty, "a completed name fails the guard (\(v)): “\(text)” → “\(item.text)”")
        }
        switch item.kind {
        case .extracted:
            require(item.sources.count == 1 && text == texts[0], "an extracted item is not its source: “\(text)” / “\(texts[0])”")
        case .compressed:
            require(item.sources.count == 1, "a compressed item with \(item.sources.count) sources")
            let v = FaithfulnessGuard.violations(compressed: text, source: texts[0])
            require(v.isEmpty, "a compressed item fails the guard (\(v)): “\(texts[0])” → “\(text)”")
        case .fused:
            require(item.sources.count >= 2, "a fused item with one source")
            let v = FaithfulnessGuard.violations(fused: text, sources: texts)
            require(v.isEmpty, "a fused item fails the guard (\(v)): \(texts) → “\(text)”")
        }
    }
}

/// An item's text before its names were completed: each name's given names taken out where
/// they stand right before its surname (the first such place; the names are in text order).
func unnamed(_ item: DigestItem) -> String {
    var text = item.text
    for name in item.names ?? [] {
        guard let space = name.name.lastIndex(of: " ") else { fatalError("a completed name of one word: \(name.name)") }
        let given = name.name[..<space], surname = name.name[name.name.index(after: space)...]
        guard let r = text.range(of: given + " " + surname) else { fatalError("a completed name not in its item: \(name.name) / \(item.text)") }
        text.removeSubrange(r.lowerBound..<text.index(r.lowerBound, offsetBy: given.count + 1))
    }
    return text
}

/// A `precondition` whose message survives a release build (Swift drops precondition messages
/// there), so a finding names the promise it breaks in `run.sh`'s output.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
}
