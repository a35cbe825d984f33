import Foundation
import Testing
@testable import Precis

/// `ConceptWeightModel.swift`: the learned concept weight model, its checks and its file.
struct ConceptWeightModelTests {
    static let good = #"{"features": ["logDocuments", "meanIDF"], "means": [1, 4], "deviations": [0.5, 2], "coefficients": [2, -1], "intercept": 0.5, "link": "logistic", "scale": 3}"#

    /// The weight is `scale × link(intercept + Σ coefficient × standardised feature)`.
    @Test func weightFollowsTheCoefficients() throws {
        let model = try ConceptWeightModel.parsing(Self.good, path: "good.json")
        let documents: Double = 2 * (2 - 1) / 0.5, idf: Double = -1 * (6 - 4) / 2
        let z: Double = 0.5 + documents + idf
        let logistic: Double = 3 / (1 + exp(-z))
        #expect(abs(model.weight([2, 6]) - logistic) < 1e-12)
        var poisson = model
        poisson.link = .poisson
        #expect(abs(poisson.weight([2, 6]) - 3 * exp(z)) < 1e-12)
        #expect(model.floor == 0)
    }

    /// The shipped model loads, validates, and is what `"shipped"` in a settings file means.
    @Test func shippedModelLoads() throws {
        let shipped = try ConceptWeightModel.shipped()
        #expect(!shipped.features.isEmpty)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-cw-\(UUID().uuidString).json")
        try Data(#"{"concepts": {"learnedWeights": "shipped"}}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let options = try DigestOptions(contentsOf: url.path)
        #expect(options.concepts.learnedWeights == shipped)
    }

    /// A bad model is one clear error naming the fault; a settings file holding one too.
    @Test(arguments: [
        (#"{"features": ["bogus"], "means": [0], "deviations": [1], "coefficients": [0], "intercept": 0, "link": "logistic", "scale": 1}"#, "unknown feature 'bogus'"),
        (#"{"features": ["logDocuments"], "means": [0, 1], "deviations": [1], "coefficients": [0], "intercept": 0, "link": "logistic", "scale": 1}"#, "1 features but 2 means"),
        (#"{"features": ["logDocuments"], "means": [0], "deviations": [0], "coefficients": [0], "intercept": 0, "link": "logistic", "scale": 1}"#, "deviations and scale must be positive"),
        (#"{"features": ["logDocuments"], "means": [0], "deviations": [1], "coefficients": [0], "intercept": 0, "link": "probit", "scale": 1}"#, "not a concept weight model"),
        (#"{"features": []}"#, "not a concept weight model"),
    ])
    func badModelsAreRefused(text: String, message: String) throws {
        do {
            _ = try ConceptWeightModel.parsing(text, path: "bad.json")
            Issue.record("accepted \(text)")
        } catch let error as PrecisError {
            #expect(error.description.contains("bad.json") && error.description.contains(message), "\(error.description)")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-cw-\(UUID().uuidString).json")
        try Data(#"{"concepts": {"learnedWeights": \#(text)}}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: PrecisError.self) { try DigestOptions(contentsOf: url.path) }
        try Data(#"{"concepts": {"learnedWeights": "other"}}"#.utf8).write(to: url)
        #expect(throws: PrecisError.self) { try DigestOptions(contentsOf: url.path) }
    }
}
