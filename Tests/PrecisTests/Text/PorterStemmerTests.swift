import Foundation
import Testing
@testable import Precis

@Suite struct PorterStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("feed", "feed"), ("agreed", "agre"),
        ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
        ("hopping", "hop"), ("falling", "fall"), ("filing", "file"), ("happy", "happi"), ("relational", "relat"),
        ("generalizations", "gener"), ("oscillators", "oscil"), ("trekked", "trek"), ("controlling", "control"),
    ])
    func originalAlgorithmExamples(word: String, stem: String) {
        #expect(PorterStemmer().stem(word) == stem)
    }

    @Test func nonASCIIWordsAreOnlyLowercased() {
        #expect(PorterStemmer().stem("Türkiye") == "türkiye")
    }

    /// Every word of the fixture (NLTK's PorterStemmer in ORIGINAL_ALGORITHM mode, made by
    /// Evaluation/scripts/make_porter_fixture.py) must stem identically.
    @Test func agreesWithNLTKOriginalAlgorithm() throws {
        let url = TestPaths.fixtures.appendingPathComponent("porter-original.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let stemmer = PorterStemmer()
        var checked = 0
        var mismatches: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            checked += 1
            let got = stemmer.stem(String(fields[0]))
            if got != fields[1] { mismatches.append("\(fields[0]): \(got) != \(fields[1])") }
        }
        #expect(checked >= 10_000, "the fixture must hold at least 10,000 words, has \(checked)")
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }
}
