import Foundation
import Testing
@testable import Precis
@testable import PrecisEvaluation

/// `Rouge155Stemmer.self` against the Perl `stem` inside ROUGE-1.5.5.pl itself,
/// over every distinct token of the DUC 2004 (and DUC 2006, when present) references, system
/// summaries and documents. Skips when perl, the ROUGE install or the corpora are missing.
@Suite struct RougeStemmerOracleTests {
    @Test(.enabled(if: RougeTestPaths.perl != nil && RougeTestPaths.rouge155Directory != nil
        && RougeTestPaths.sharedCorpus("duc2004") != nil, "needs perl, ROUGE-1.5.5 and ../shared/corpora/duc2004"))
    func agreesWithPerlOverTheDUCVocabulary() throws {
        var words = Set<String>()
        for name in ["duc2004", "duc2006"] {
            guard let corpus = RougeTestPaths.sharedCorpus(name) else { continue }
            let enumerator = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "txt", let data = try? Data(contentsOf: url) else { continue }
                for token in RougeTokenizer.rouge155Tokens(of: data) { words.insert(token) }
            }
        }
        // Edge cases of the regex port: initial y, y after consonants, digits, short words.
        words.formUnion(["yyy", "yes", "syzygy", "yelling", "sky", "skies", "ayy", "eyed", "1990s", "3rd", "abc",
                         "agreement", "enment", "ment", "yment", "fyed", "spying", "dying", "tying", "crying"])
        let sorted = words.sorted()
        #expect(sorted.count > 30_000)
        let script = RougeTestPaths.root.appendingPathComponent("Evaluation/scripts/rouge_stem_oracle.pl").path
        let pl = RougeTestPaths.rouge155Directory!.appendingPathComponent("ROUGE-1.5.5.pl").path
        let result = try RougeTestPaths.run(RougeTestPaths.perl!, [script, pl], input: sorted.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        let stemmer = Rouge155Stemmer.self
        var mismatches: [String] = []
        var checked = 0
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            checked += 1
            let mine = stemmer.stem(String(parts[0]))
            if mine != parts[1] { mismatches.append("\(parts[0]): perl \(parts[1]), precis \(mine)") }
        }
        #expect(checked == sorted.count)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, e.g. \(mismatches.prefix(20))")
    }
}
