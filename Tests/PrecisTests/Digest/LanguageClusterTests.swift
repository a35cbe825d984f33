import Foundation
import Testing
@testable import Precis

/// German, French and Spanish clusters of three overlapping articles each
/// (Fixtures/language-clusters/CODE/, written for these tests): digested with the language
/// detected, they give whole sentences, terms without the language's stop words, and the same
/// bytes on every run.
@Suite struct LanguageClusterTests {
    static let codes = ["de", "fr", "es"]

    static func documents(_ code: String) throws -> [Document] {
        try DocumentReader().read(paths: [TestPaths.fixtures.appendingPathComponent("language-clusters/\(code)").path]).documents
    }

    @Test(arguments: codes) func languageIsDetected(code: String) throws {
        let choice = try Digester().language(of: Self.documents(code))
        #expect(choice.language?.code == code)
        #expect(!choice.isGiven)
    }

    @Test(arguments: codes) func digestsAreWholeSentences(code: String) throws {
        let digester = try Digester()
        let documents = try Self.documents(code)
        let digest = try digester.digest(documents)
        #expect(digest.items.count >= 3)
        let cluster = try digester.fit(documents)
        // every sentence of the cluster, not only the picked ones, reads as a whole sentence
        for sentence in cluster.sentences {
            #expect(sentence.isWholeSentence, "\(code): \(sentence.text)")
        }
        for item in digest.items {
            #expect(cluster.sentences.contains { $0.text == item.text })
        }
    }

    @Test(arguments: codes) func topTermsAreNotStopWords(code: String) throws {
        let language = try #require(Language(code: code))
        let stop = StopWords.forLanguage(language)
        let cluster = try Digester().fit(Self.documents(code))
        let top = Self.topTerms(cluster.terms, 15)
        #expect(top.allSatisfy { !stop.contains($0) }, "\(code): \(top)")
        // the English analysis of the same text keeps the language's stop words among its top terms
        let english = Analyzer.english.terms(cluster.sentences.map(\.text))
        let englishTop = Self.topTerms(english, 15)
        #expect(englishTop.filter { stop.contains($0) }.count >= 3, "\(code): \(englishTop)")
    }

    @Test(arguments: codes) func digestIsByteIdenticalAcrossRuns(code: String) throws {
        let render = { () throws -> String in
            let digest = try Digester().digest(try Self.documents(code))
            return DigestRenderer.render(digest, as: .json)
        }
        let first = try render()
        for _ in 0..<3 { #expect(try render() == first) }
        let golden = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("language-clusters/\(code).digest.json"), encoding: .utf8)
        #expect(first == golden)
    }

    @Test func givenLanguageOverridesDetection() throws {
        var options = DigestOptions()
        options.language = .english
        let choice = try Digester(options: options).language(of: Self.documents("de"))
        #expect(choice.language == .english && choice.isGiven)
    }

    /// The most frequent terms, ties by term.
    static func topTerms(_ terms: [[String]], _ k: Int) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in terms { for t in sentence { counts[t, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(k).map(\.key)
    }
}
