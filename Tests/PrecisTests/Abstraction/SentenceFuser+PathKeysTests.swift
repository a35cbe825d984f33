import Foundation
import Testing
@testable import Precis
import PrecisSupport

/// Where ``SentenceFuser/PathKeys`` reads a path's keys from its graph nodes, they are the keys of
/// its text's tokens, and the fusion checks accept exactly the paths they accepted by tokenizing
/// every path's text.
@Suite struct SentenceFuserPathKeysTests {
    /// Checks every path (up to 200) of `group`'s graph.
    /// - Returns: how many paths were checked and how many of them had their keys read from the nodes.
    @discardableResult
    func expectSameKeys(_ group: [String]) -> (paths: Int, read: Int) {
        let tokens = group.map(CompressionToken.tokenize)
        let graph = WordGraph(tokens, classes: .english)
        var checks = SentenceFuser.SourceChecks(tokens, graph: graph, classes: .english)
        var paths = 0, read = 0
        for path in graph.cheapestPaths(limit: 200) where !path.isEmpty {
            paths += 1
            let text = graph.text(of: path)
            let textTokens = CompressionToken.tokenize(text)
            if let numbers = checks.pathKeys.keyNumbers(of: path, in: graph) {
                read += 1
                let expected = FaithfulnessGuard.comparisonKeys(textTokens).map(checks.junctions.number(of:))
                #expect(numbers == expected, "\(text)")
                #expect(path.map(checks.pathKeys.isWordLike) == textTokens.map(\.isWordLike), "\(text)")
                #expect(textTokens.map(\.key) == path.map { graph.nodes[$0].key }, "\(text)")
            }
            var reference = checks
            #expect(checks.accept(text, path: path) == reference.accept(text), "\(text)")
        }
        return (paths, read)
    }

    @Test func theFiveArticlesGroups() throws {
        var paths = 0, read = 0
        for group in try SentenceFuserReferenceTests.digestGroups(TestPaths.istanbulDocuments()) {
            let counted = expectSameKeys(group)
            paths += counted.paths; read += counted.read
        }
        // most paths are read from their nodes (else the fast way would not be worth having)
        #expect(paths >= 100 && read * 2 >= paths, "\(read) of \(paths)")
    }

    @Test func duc2003Groups() throws {
        let clusters = try SentenceFuserReferenceTests.duc2003Groups()
        guard !clusters.isEmpty else { return }
        let paths = clusters.joined().reduce(0) { $0 + expectSameKeys($1).paths }
        #expect(paths >= 100, "\(paths)")
    }

    /// Sentences made of pieces the tokenizer reads differently by what stands next to them
    /// (`U` `.` `S`, `1` `,` `000`, `Mr` `.`, `don` `'` `t`, `-` `-`, quotes), joined with or
    /// without a space, and variants of them that share runs: paths through their graphs join
    /// pieces no source joins.
    @Test func seededTrickyGroups() {
        let pieces = ["Mr", ".", "U", "S", "A", "a", "1", "000", ",", "3", "5", "don", "'", "t", "--", "-", "said",
                      "the", "talks", "will", "take", "place", "Putin", "met", "in", "Ankara", "“", "”", "\"", "(", ")",
                      "jam", "packed", "vs", "co", "’", "s", "...", "é", "&", "/", "I", "Dr", "e.g", "2,5"]
        var generator = SplitMix64(seed: 16)
        var paths = 0, read = 0
        for _ in 0..<300 {
            let length = 8 + Int(generator.next() % 10)
            let base = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            var group: [String] = []
            for _ in 0..<(2 + Int(generator.next() % 2)) {
                var sentence = ""
                for piece in base {
                    let roll = generator.next() % 10
                    let word = roll == 0 ? pieces[Int(generator.next() % UInt64(pieces.count))] : piece
                    if !sentence.isEmpty && generator.next() % 3 != 0 { sentence += " " }
                    sentence += word
                }
                group.append(sentence)
            }
            let counted = expectSameKeys(group)
            paths += counted.paths; read += counted.read
        }
        #expect(paths >= 1000 && read >= 200, "\(read) of \(paths)")
    }

    /// The claim itself, on runs of tokens as a path's nodes hold them: where every token has a
    /// shape and every neighbour ``SentenceFuser/PathKeys/staysApart(_:_:spaced:)``, the text made
    /// as ``WordGraph/text(of:)`` makes it (a space where a token follows one, the first letter
    /// upper-cased) reads as exactly those tokens: their keys, words and marks.
    @Test func tokensThatStayApartReadAsThemselves() {
        // token texts the tokenizer makes, with and without a shape
        let texts = ["Mr", "mr", "Dr", "vs", "co", "U.S", "U.S.", "e.g", "A", "a", "I", "s", "t", "don't", "jam-packed",
                     "AT&T", "9/11", "1", "000", "1,000", "3.5", "30-day", "2022", "said", "the", "talks", "Putin", "Ankara",
                     ".", ",", "--", "-", "...", ";", ":", "?", "!", "(", ")", "[", "]", "\"", "“", "”", "‘", "’",
                     "'", "''", "``", "’s", "'s", "é", "Zelensky’s", "$", "%", "&", "/"]
        var generator = SplitMix64(seed: 16)
        var read = 0, readWithoutSpace = 0
        for _ in 0..<20_000 {
            let count = 1 + Int(generator.next() % 6)
            let run = (0..<count).map { _ in texts[Int(generator.next() % UInt64(texts.count))] }
            let spaced = (0..<count).map { _ in generator.next() % 2 == 0 }
            let shapes = run.map(SentenceFuser.PathKeys.shape(of:))
            guard !shapes.contains(.other),
                  (1..<count).allSatisfy({ SentenceFuser.PathKeys.staysApart(shapes[$0 - 1], shapes[$0], spaced: spaced[$0]) }) else { continue }
            var text = ""
            for (i, piece) in run.enumerated() {
                if i > 0 && spaced[i] { text += " " }
                text += piece
            }
            if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
            let tokens = CompressionToken.tokenize(text)
            #expect(tokens.map(\.key) == run.map(CompressionToken.key(of:)), "\(text)")
            #expect(tokens.map(\.isWordLike) == shapes.map { if case .word = $0 { true } else { false } }, "\(text)")
            #expect(FaithfulnessGuard.comparisonKeys(tokens) == tokens.map(\.key), "\(text)")
            read += 1
            if spaced.dropFirst().contains(false) { readWithoutSpace += 1 }
        }
        #expect(read >= 2_000 && readWithoutSpace >= 1_000, "\(read), \(readWithoutSpace)")
    }
}
