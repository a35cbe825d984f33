import Foundation
import Testing
@testable import Precis
@testable import PrecisEvaluation

@Suite struct RougeFlagsTests {
    @Test func standardFlagsAreTheDefault() throws {
        let options = try RougeOptions(rouge155Flags: "-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u")
        #expect(options == RougeOptions())
        #expect(options.equivalentFlags == "-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u")
        #expect(options.metrics.map(\.id) == ["rouge-1", "rouge-2", "rouge-3", "rouge-4", "rouge-l", "rouge-su4"])
    }

    @Test func rouge155DefaultsApplyToMissingFlags() throws {
        let options = try RougeOptions(rouge155Flags: "-n2 -x -ma -b 665 -f b -t 1 -s")
        #expect(options.maxN == 2 && !options.lcs && options.stemming && options.removeStopWords)
        #expect(options.lengthLimit == .bytes(665))
        #expect(options.referenceScoring == .best && options.counting == .pooled)
        #expect(options.skipBigrams == nil)
        #expect(options.equivalentFlags == "-n 2 -x -m -s -b 665 -p 0.5 -c 95 -r 1000 -f B -t 1 -a")
        // Round trip.
        #expect(try RougeOptions(rouge155Flags: options.equivalentFlags) == options)
    }

    @Test(arguments: ["-l 100 -b 10", "-w 0.5", "-q", "-n", "-n x", "-f C", "config.xml", "-x", "-p 2"])
    func rejectsWhatItCannotDo(flags: String) {
        #expect(throws: PrecisError.self) { try RougeOptions(rouge155Flags: flags) }
    }

    @Test func metricIDsRoundTrip() {
        for metric in [RougeMetric.n(1), .n(7), .l, .w(weight: 1.2), .w(weight: 2), .skip(distance: 4, unigrams: true),
                       .skip(distance: -1, unigrams: false)] {
            #expect(RougeMetric(id: metric.id) == metric)
        }
        #expect(RougeMetric.skip(distance: -1, unigrams: true).id == "rouge-su*")
        #expect(RougeMetric(id: "rougeLsum") == nil)
        #expect(RougeMetric.w(weight: 1.2).description == "ROUGE-W-1.2" && RougeMetric.w(weight: 2).id == "rouge-w-2")
        #expect(RougeMetric.l < .w(weight: 1.2) && RougeMetric.w(weight: 1.2) < .skip(distance: 4, unigrams: true))
    }

    @Test func settingsDecodeWithDefaults() throws {
        let options = try JSONDecoder().decode(RougeOptions.self, from: Data(#"{"maxN": 2, "skipBigrams": null}"#.utf8))
        #expect(options.maxN == 2 && options.skipBigrams == nil && options.stemming && options.lengthLimit == .words(100))
        let back = try JSONDecoder().decode(RougeOptions.self, from: try JSONEncoder().encode(options))
        #expect(back == options)
    }
}

@Suite struct RougeScoringTests {
    static func plain() throws -> Rouge {
        try Rouge(options: RougeOptions(rouge155Flags: "-n 2 -2 4 -u"))
    }

    @Test func ngramsAreClippedAndAveragedOverReferences() throws {
        let results = try Self.plain().score(summary: "the the the cat", references: ["the cat sat", "a cat"])
        let r1 = results[0]
        // Hits: ref1 min(3,1)+1 = 2; ref2 1. Reference unigrams 3+2; summary 4 per reference.
        #expect(r1.counts == RougeCounts(reference: 5, summary: 8, hits: 3))
        #expect(r1.score.recall == 0.6 && r1.score.precision == 0.375)
        #expect(r1.score.f == _perlRound5(0.6 * 0.375 / (0.5 * 0.375 + 0.5 * 0.6)))
    }

    @Test func summaryLevelLCSIsTheUnionOverSentences() throws {
        // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
        let rouge = try Self.plain()
        let l = rouge.score(summary: "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", references: ["w1 w2 w3 w4 w5"])
            .first { $0.metric == .l }!
        #expect(l.counts.hits == 4 && l.counts.reference == 5)
        #expect(l.score.recall == 0.8)
    }

    @Test func skipBigramsLeaveOutTheLastUnigramAsROUGE155Does() {
        let grams = _RougeCounting.skipBigrams([0, 1, 2], distance: 4, unigrams: true)
        #expect(grams.total == 5)  // a, b, ab, ac, bc — never c alone
        #expect(_RougeCounting.skipBigrams([0], distance: 4, unigrams: true).total == 0)
    }

    @Test func wordLimitCutsMidSentenceCountingRawWords() throws {
        let rouge = try Rouge(options: RougeOptions(rouge155Flags: "-n 1 -l 4"))
        // "well-known" is one word for the cut but two tokens after it.
        let r = rouge.score(summary: "A well-known cat\nsat on the mat", references: ["cat mat"])
        #expect(r[0].counts.summary == 5)  // a, well, known, cat, sat
    }

    @Test func byteLimitForLCSKeepsShortSentencesAsROUGE155Does() {
        let lines: [[UInt8]] = [Array("aaaa bbbb".utf8), Array("cccc dddd".utf8), Array("eeee ffff gggg".utf8)]
        let (ngram, lcs) = _RougeTokenizing.truncate(lines, .bytes(12))
        #expect(ngram.map { String(decoding: $0, as: UTF8.self) } == ["aaaa bbbb", "ccc"])
        #expect(lcs.map { String(decoding: $0, as: UTF8.self) } == ["aaaa bbbb", "cccc dddd", "eeee ffff gg"])
    }

    @Test func stemmingUsesWordNetExceptionsFirst() throws {
        let rouge = try Rouge(options: RougeOptions(rouge155Flags: "-n 1 -m"))
        #expect(rouge.resources.exceptions["best"] == "well")
        let r = rouge.score(summary: "better women went", references: ["well woman go"])
        #expect(r[0].counts.hits == 2)  // better→well, women→woman; "went" is under four letters
    }

    @Test func unicodeTokenizerKeepsNonEnglishWords() throws {
        var options = try RougeOptions(rouge155Flags: "-n 1")
        let ascii = try Rouge(options: options).score(summary: "Türkiye'de seçim", references: ["türkiye'de seçim yapıldı"])
        options.tokenizer = .unicode
        let unicode = try Rouge(options: options).score(summary: "Türkiye'de seçim", references: ["türkiye'de seçim yapıldı"])
        #expect(ascii[0].counts.summary == 5)  // t, rkiye, de, se, im
        #expect(unicode[0].counts == RougeCounts(reference: 4, summary: 3, hits: 3))
        #expect(unicode[0].score.recall == 0.75)
    }

    @Test func rougeScoreProfileMatchesGooglesPackage() throws {
        // Values from rouge-score 0.1.2: RougeScorer(["rouge1","rouge2","rougeLsum"], use_stemmer=True).score_multi
        let rouge = try Rouge(options: .rougeScore)
        let results = rouge.score(
            summary: "The cats were running quickly.\nPolice arrested 3 men on Friday.",
            references: ["Police arrested three men on Friday.\nThe cat ran quickly home.", "Cats run fast. Men were arrested by police."])
        func check(_ metric: RougeMetric, _ r: Double, _ p: Double, _ f: Double) {
            let s = results.first { $0.metric == metric }!.score
            #expect(abs(s.recall - r) < 1e-12 && abs(s.precision - p) < 1e-12 && abs(s.f - f) < 1e-12, "\(metric)")
        }
        check(.n(1), 0.7272727272727273, 0.7272727272727273, 0.7272727272727273)
        check(.n(2), 0.4, 0.4, 0.4000000000000001)
        check(.l, 0.7272727272727273, 0.7272727272727273, 0.7272727272727273)
    }

    @Test func emptySummaryScoresZero() throws {
        let r = try Rouge().score(summary: "", references: ["A reference sentence."])
        #expect(r.allSatisfy { $0.score == .zero })
    }
}

@Suite struct RougeAggregationTests {
    @Test func jackknifeAveragesTheLeaveOneOutReferenceSets() throws {
        let references = ["the cat sat on the mat", "a cat was on a mat", "the dog sat on the rug"].map { Array($0.utf8) }
        let summary = Array("the cat sat on a rug".utf8)
        var options = RougeOptions()
        options.jackknife = true
        let jackknifed = try Rouge(options: options)
        let plain = try Rouge()
        // The mean over the three sets of two references, each scored as ROUGE-1.5.5 scores it.
        let subsets = [[1, 2], [0, 2], [0, 1]].map { $0.map { references[$0] } }
        let perSubset = subsets.map { plain.score(summary: summary, references: $0) }
        let expected = perSubset[0].indices.map { m in perSubset.map { $0[m].score.recall }.reduce(0, +) / 3 }
        let single = jackknifed.score(summary: summary, references: references)
        #expect(single.map(\.score.recall) == expected)
        #expect(single.map(\.score.recall) != plain.score(summary: summary, references: references).map(\.score.recall))
        // An evaluation aggregates over every left-out evaluation: three per cluster here.
        let input = RougeEvaluationInput(references: ["c1": references, "c2": [references[0]]],
                                         systems: ["S": ["c1": summary, "c2": summary]])
        let report = jackknifed.evaluate(input)
        let system = try #require(report.systems.first)
        #expect(system.clusters.map(\.cluster) == ["c1", "c2"])
        #expect(system.clusters[0].results.map(\.score.recall) == expected)
        let rouge2 = try #require(system.aggregate(.n(2)))
        #expect(rouge2.clusters == 4)  // three jackknifed evaluations of c1, one of c2 (one reference)
        let c2 = plain.score(summary: summary, references: [references[0]])[1].score.recall
        let mean = (perSubset.map { $0[1].score.recall }.reduce(0, +) + c2) / 4
        #expect(abs(rouge2.mean.recall - mean) < 1e-12)
    }

    @Test func perlRandomIsDrand48() {
        var random = PerlRandom(seed: 0)
        #expect((0..<5).map { _ in random.index(below: 50) } == [8, 37, 4, 43, 28])
        var one = PerlRandom(seed: 1)
        #expect((0..<5).map { _ in one.index(below: 50) } == [2, 22, 41, 16, 28])
    }

    @Test func reportWritersAreStable() throws {
        let input = RougeEvaluationInput(
            references: ["c1": [Array("the cat sat on the mat".utf8)], "c2": [Array("dogs bark loudly".utf8)], "c3": []],
            systems: ["S1": ["c1": Array("the cat sat".utf8), "c2": Array("a dog barked".utf8), "c3": Array("x".utf8)],
                      "S2": ["c1": Array("on the mat".utf8)]])
        let rouge = try Rouge()
        let report = rouge.evaluate(input)
        #expect(report.warnings == ["c3: no references; skipped"])
        #expect(report.systems.map(\.name) == ["S1", "S2"])
        #expect(report.systems[1].clusters.count == 1)
        #expect(report.perClusterCSV().hasPrefix("system,cluster,metric,recall,precision,f,"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.meansJSON().utf8)) as? [String: Any])
        let systems = try #require(json["systems"] as? [[String: Any]])
        let first = try #require(systems.first)
        #expect(first["name"] as? String == "S1")
        for key in ["rouge-1", "rouge-2", "rouge-4", "rouge-l", "rouge-su4"] {
            let m = try #require(first[key] as? [String: Any])
            let r = try #require(m["recall"] as? Double)
            #expect((0...1).contains(r))
        }
        #expect(report.meansJSON() == rouge.evaluate(input).meansJSON())
        #expect(try report.fullJSON() == (try rouge.evaluate(input).fullJSON()))
        #expect(report.svgChart().hasPrefix("<svg"))
        #expect(report.table().contains("ROUGE-1.5.5 flags: -n 4 -m -l 100"))
    }

    @Test func pairedSignificance() {
        var a: [String: Double] = [:], b: [String: Double] = [:]
        for i in 0..<40 {
            a["c\(i)"] = 0.3 + Double(i % 7) * 0.01
            b["c\(i)"] = 0.3 + Double(i % 7) * 0.01 - 0.02 + Double(i % 3) * 0.005
        }
        for test in PairedSignificance.Test.allCases {
            let same = PairedSignificance.compare(a: a, b: a, test: test, trials: 2000)
            #expect(same.pValue == 1 && same.difference == 0 && same.tied == 40)
            let r = PairedSignificance.compare(a: a, b: b, test: test, trials: 2000)
            #expect(r.pValue < 0.01 && r.difference > 0 && r.low > 0 && r.won > r.lost)
            #expect(r == PairedSignificance.compare(a: a, b: b, test: test, trials: 2000))
        }
    }

    @Test func flatCorpusFindsItsReferences() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("precis-flat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("Evaluation/corpora/talks")
        let refs = root.appendingPathComponent("Evaluation/references/talks")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: refs, withIntermediateDirectories: true)
        try "An article.".write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "A summary.".write(to: refs.appendingPathComponent("B.txt"), atomically: true, encoding: .utf8)
        try "Another.".write(to: refs.appendingPathComponent("A.txt"), atomically: true, encoding: .utf8)
        let layout = try EvaluationCorpus(url: corpus)
        #expect(layout.clusters.map(\.id) == ["talks"])
        let references = try layout.readReferences()
        #expect(references["talks"]?.map { String(decoding: $0, as: UTF8.self) } == ["Another.", "A summary."])
    }
}
