import Foundation
import PrecisSupport
import Testing
@testable import Precis

/// The match key of ASCII text read byte by byte (session 14) is the folded, lower-cased text.
@Suite struct TextNormalizerASCIIMatchKeyTests {
    @Test func asciiKeysAreTheFoldedLowercasedText() throws {
        // every ASCII byte, white space (tab to carriage return, "\r\n") and letters most often
        let pieces = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
            + [" ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "`", "Zelensky", "ANKARA", "don't", "U.S.", "1,000"]
        var generator = SplitMix64(seed: 1214)
        var texts = (0..<3_000).map { _ in
            (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        texts += ClusterSentence.sentences(of: try TestPaths.istanbulDocuments()).map(\.text).filter(isASCII)
        var changed = 0
        for text in texts where isASCII(text) {
            let expected = TextNormalizer.fold(text).lowercased()
            #expect(TextNormalizer._asciiMatchKey(text) == expected, "\(Array(text.utf8))")
            #expect(TextNormalizer.matchKey(text) == expected)
            if expected != text { changed += 1 }
        }
        #expect(changed > 1_000, "the texts exercise folding and lower-casing")
    }

    @Test func otherTextKeepsTheFullFolding() {
        #expect(TextNormalizer.matchKey("Zelensky’s  “plan”\u{00A0}") == "zelensky's \"plan\"")
        #expect(TextNormalizer.matchKey(" A`B ") == "a`b")
        #expect(TextNormalizer.matchKey("É`B") == "é'b")
    }
}
