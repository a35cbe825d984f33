import Foundation
import Testing
@testable import Precis

/// `ConceptCoverageSummarizer+LearnedWeights.swift`: bigram concepts weighed by a learned model
/// (``ConceptCoverageSummarizer/Options/learnedWeights``).
struct ConceptCoverageLearnedWeightsTests {
    static let articles = ClusterFocusRelevanceTests.articles

    static func summarizer(_ model: ConceptWeightModel?) throws -> ConceptCoverageSummarizer {
        var options = DigestOptions().concepts
        options.learnedWeights = model
        return try ConceptCoverageSummarizer(options: options)
    }

    /// Each concept's features by its bigram, from the training table.
    static func rows(_ cluster: ClusterModel) throws -> [String: ConceptCoverageSummarizer.ConceptRow] {
        let table = try summarizer(nil).conceptTable(cluster, references: [])
        return Dictionary(table.map { ($0.bigram, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A one-feature model: `scale × e^(coefficient × feature)` (poisson, mean 0, deviation 1).
    static func model(_ feature: ConceptFeature, coefficient: Double, link: ConceptWeightModel.Link = .poisson)
        throws -> ConceptWeightModel {
        try ConceptWeightModel(features: [feature.rawValue], means: [0], deviations: [1], coefficients: [coefficient],
                               intercept: 0, link: link, scale: 1)
    }

    /// Off (the default): the concepts are the counted ones, and reading the counted table
    /// (the training path) changes nothing.
    @Test func offLeavesConceptsAlone() throws {
        #expect(ConceptCoverageSummarizer.Options().learnedWeights == nil)
        #expect(DigestOptions().concepts.learnedWeights == nil)
        let cluster = try Digester().fit(Self.articles)
        let context = MethodContext(cluster)
        let off = try Self.summarizer(nil)
        let plain = off.concepts(context)
        var counted: ConceptCoverageSummarizer._CountedConcepts?
        let inspected = off.concepts(context, counted: { counted = $0 })
        #expect(plain.weight == inspected.weight && plain.ofSentence == inspected.ofSentence)
        // the counted weights are the concepts' own (no focus here): bigrams and unigrams alike
        #expect(Array(plain.weight.prefix(counted!.countWeight.count)) == counted!.countWeight)
    }

    /// The features read off the fixture: "central bank" is in the second sentence of all three
    /// articles (one sentence, copied), "sale abroad" in one sentence of each, "exporters warned"
    /// in the first sentence of one.
    @Test func featuresCountDocumentsLeadsAndPlaces() throws {
        let rows = try Self.rows(try Digester().fit(Self.articles))
        func value(_ bigram: String, _ feature: ConceptFeature) -> Double? {
            rows[bigram].map { $0.features[ConceptFeature.allCases.firstIndex(of: feature)!] }
        }
        #expect(value("central bank", .logDocuments) == log(4))
        #expect(value("central bank", .logLeadDocuments) == log(1))
        #expect(value("central bank", .logSentences) == log(2))
        #expect(value("central bank", .documentFraction) == 1)
        #expect(value("central bank", .earliestPosition) == 0.5)
        #expect(value("sale abroad", .logDocuments) == log(4))
        #expect(value("sale abroad", .logSentences) == log(4))
        #expect(value("sale abroad", .stopWords) == 0)
        #expect(value("the central", .stopWords) == 1)
        #expect(value("export warn", .logDocuments) == log(2))
        #expect(value("sale abroad", .logLeadDocuments) == log(4))
        #expect(value("interest rate", .stopWords) == 1)  // "interest" is on the English stop list
        #expect(rows.values.allSatisfy { $0.features.count == ConceptFeature.allCases.count })
        #expect(rows.values.allSatisfy { $0.features[ConceptFeature.allCases.firstIndex(of: .topicRelevance)!] == 0 })
    }

    /// On: every kept bigram weighs what the coefficients say of its features, unigrams and
    /// dropped bigrams keep their weights, and more documents weigh more under a positive
    /// coefficient.
    @Test(arguments: [0.5, 2.0])
    func keptBigramsWeighWhatTheModelSays(coefficient: Double) throws {
        let cluster = try Digester().fit(Self.articles)
        let context = MethodContext(cluster)
        let model = try Self.model(.logDocuments, coefficient: coefficient)
        var counted: ConceptCoverageSummarizer._CountedConcepts?
        let off = try Self.summarizer(nil).concepts(context, counted: { counted = $0 })
        let on = try Self.summarizer(model).concepts(context)
        let table = try Self.summarizer(nil).conceptTable(cluster, references: [])
        var bigram = 0
        var checked = 0
        for c in counted!.countWeight.indices {
            if counted!.isUnigram[c] || counted!.countWeight[c] == 0 {
                #expect(on.weight[c] == off.weight[c])
            } else {
                let documents = table[bigram].features[0]
                #expect(abs(on.weight[c] - exp(coefficient * documents)) < 1e-12)
                checked += 1
            }
            if !counted!.isUnigram[c] { bigram += 1 }
        }
        #expect(checked > 0)
        let rows = try Self.rows(cluster)
        let bank = rows["central bank"]!, warned = rows.values.first { $0.bigram.hasPrefix("export") && $0.kept }
        #expect(model.weight([bank.features[0]]) > model.weight([warned?.features[0] ?? 0]))
    }

    /// A floor drops the bigrams the model weighs under it; logistic weights lie in (0, scale).
    @Test func aFloorDropsLightConcepts() throws {
        let cluster = try Digester().fit(Self.articles)
        var model = try Self.model(.logDocuments, coefficient: 1, link: .logistic)
        let unfloored = try Self.summarizer(model).concepts(MethodContext(cluster))
        model.floor = 0.75  // σ(ln 2) = 0.667 < 0.75 < σ(ln 4) = 0.8
        let floored = try Self.summarizer(model).concepts(MethodContext(cluster))
        #expect(floored.weight.count == unfloored.weight.count)
        #expect(floored.weight.contains(0) && floored.weight.filter { $0 > 0 }.count < unfloored.weight.filter { $0 > 0 }.count)
        #expect(floored.ofSentence.joined().allSatisfy { floored.weight[$0] > 0 })
    }

    /// The labels: how many references hold the bigram, by the same analysis (inflections and
    /// case fold to the same stems).
    @Test func labelsCountReferencesHoldingTheBigram() throws {
        let cluster = try Digester().fit(Self.articles)
        let table = try Self.summarizer(nil).conceptTable(cluster, references: [
            ["The Central Bank raised rates.", "Sales abroad fell."], ["Central banks acted."], ["Nothing here."],
        ])
        let held = Dictionary(table.map { ($0.bigram, $0.references) }, uniquingKeysWith: { a, _ in a })
        #expect(held["central bank"] == 2)
        #expect(held["sale abroad"] == 1)
        #expect(held["interest rate"] == 0)
    }
}
