import Foundation
import PrecisSupport

/// A learned weight for bigram concepts (Li, Qian & Liu 2013; Hong & Nenkova 2014): a linear
/// model over a concept's features (``ConceptFeature``), trained offline on clusters with
/// reference summaries to predict how many references hold the bigram.
///
/// The prediction is `scale × link(intercept + Σ coefficient × (feature − mean) / deviation)`,
/// with `link` the logistic function (`logistic`: the chance that a reference holds it) or the
/// exponential (`poisson`: the expected number of references holding it). `scale` puts the
/// prediction in the unit of the document counts it replaces (the trainer sets it so that the
/// mean learned weight of the training concepts equals their mean count), so unigram and
/// support concepts keep their relative size. A concept predicted below `floor` is dropped, as
/// ``ConceptCoverageSummarizer/Options/minimumDocuments`` drops rare ones.
///
/// In a settings file it is either the object (the fields below) or `"shipped"`: the model in
/// `Models/concept-weights-en.json`.
public struct ConceptWeightModel: Sendable, Hashable, Codable {
    /// How the linear score becomes a weight.
    public enum Link: String, Sendable, Hashable, Codable, CaseIterable {
        /// `1 / (1 + e^−z)`.
        case logistic
        /// `e^z`.
        case poisson
    }

    /// The features the coefficients go with, by name (``ConceptFeature``), in order.
    public var features: [String]
    /// Each feature's training mean.
    public var means: [Double]
    /// Each feature's training standard deviation (positive).
    public var deviations: [Double]
    /// Each standardised feature's coefficient.
    public var coefficients: [Double]
    /// The linear score's constant.
    public var intercept: Double
    /// How the score becomes a weight.
    public var link: Link
    /// What the linked score is multiplied by (positive).
    public var scale: Double
    /// Least weight a concept keeps (below: dropped).
    public var floor: Double

    /// Each name's feature, in ``features`` order (valid models only).
    var featureKinds: [ConceptFeature] { features.map { ConceptFeature(rawValue: $0)! } }

    /// A model from its parts.
    /// - Throws: ``PrecisError`` when the parts disagree (see ``validate()``).
    public init(features: [String], means: [Double], deviations: [Double], coefficients: [Double], intercept: Double,
                link: Link, scale: Double, floor: Double = 0) throws {
        self.features = features
        self.means = means
        self.deviations = deviations
        self.coefficients = coefficients
        self.intercept = intercept
        self.link = link
        self.scale = scale
        self.floor = floor
        try validate()
    }

    /// Checks the model: every feature known and listed once, one mean, deviation and
    /// coefficient per feature, finite numbers, positive deviations and scale.
    /// - Throws: ``PrecisError`` naming the first fault.
    public func validate() throws {
        let known = ConceptFeature.allCases.map(\.rawValue)
        for name in features where !known.contains(name) {
            throw PrecisError.invalidArgument("concept weight model: unknown feature '\(name)' (one of \(known.joined(separator: ", ")))")
        }
        guard Set(features).count == features.count, !features.isEmpty else {
            throw PrecisError.invalidArgument("concept weight model: features must be listed once each, at least one")
        }
        guard means.count == features.count, deviations.count == features.count, coefficients.count == features.count else {
            throw PrecisError.invalidArgument(
                "concept weight model: \(features.count) features but \(means.count) means, \(deviations.count) deviations, \(coefficients.count) coefficients")
        }
        guard (means + deviations + coefficients + [intercept, scale, floor]).allSatisfy(\.isFinite) else {
            throw PrecisError.invalidArgument("concept weight model: every number must be finite")
        }
        guard deviations.allSatisfy({ $0 > 0 }), scale > 0, floor >= 0 else {
            throw PrecisError.invalidArgument("concept weight model: deviations and scale must be positive and floor not negative")
        }
    }

    /// The weight of a concept.
    /// - Parameter values: its feature values, in ``features`` order.
    /// - Returns: the weight, 0 under ``floor``.
    /// - Complexity: O(features).
    func weight(_ values: [Double]) -> Double {
        var z = intercept
        for k in values.indices { z += coefficients[k] * (values[k] - means[k]) / deviations[k] }
        let linked: Double
        switch link {
        case .logistic: linked = 1 / (1 + exp(-z))
        case .poisson: linked = exp(min(z, 50))
        }
        let w = scale * linked
        return w < floor ? 0 : w
    }

    /// The model in `Models/concept-weights-en.json`, trained on DUC 2003 (see its README).
    /// - Throws: ``PrecisError`` when the shipped file does not parse (a broken build).
    public static func shipped() throws -> ConceptWeightModel {
        try parsing(try ModelFiles.text(named: shippedName), path: "Models/\(shippedName)")
    }

    /// The shipped model's file name.
    static let shippedName = "concept-weights-en.json"

    /// A model from a JSON file's text.
    /// - Parameters:
    ///   - text: the file's text (the JSON object of the fields above).
    ///   - path: the file's name, for messages.
    /// - Returns: the model, validated.
    /// - Throws: ``PrecisError`` (kind `.invalidModel`) naming `path` and the fault.
    public static func parsing(_ text: String, path: String) throws -> ConceptWeightModel {
        do {
            let model = try JSONDecoder().decode(Fields.self, from: Data(text.utf8))
            return try ConceptWeightModel(features: model.features, means: model.means, deviations: model.deviations,
                                          coefficients: model.coefficients, intercept: model.intercept, link: model.link,
                                          scale: model.scale, floor: model.floor ?? 0)
        } catch let error as PrecisError {
            throw PrecisError.invalidModel(path, error.description)
        } catch {
            throw PrecisError.invalidModel(path, "not a concept weight model (JSON with features, means, deviations, coefficients, intercept, link, scale): \(error)")
        }
    }

    /// The JSON fields, decoded before they are checked.
    private struct Fields: Decodable {
        var features: [String], means: [Double], deviations: [Double], coefficients: [Double]
        var intercept: Double, link: Link, scale: Double, floor: Double?
    }

    private enum CodingKeys: String, CodingKey {
        case features, means, deviations, coefficients, intercept, link, scale, floor
    }

    /// Decodes the object, or `"shipped"` for the shipped model.
    public init(from decoder: Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            guard name == "shipped" else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "unknown model '\(name)' (\"shipped\" or a model object)"))
            }
            do { self = try Self.shipped() } catch {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
            }
            return
        }
        let fields = try Fields(from: decoder)
        do {
            try self.init(features: fields.features, means: fields.means, deviations: fields.deviations,
                          coefficients: fields.coefficients, intercept: fields.intercept, link: fields.link,
                          scale: fields.scale, floor: fields.floor ?? 0)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
        }
    }
}

/// A bigram concept's features (``ConceptWeightModel``), all computed in one pass over the
/// cluster's concepts. Names are the JSON names.
public enum ConceptFeature: String, Sendable, CaseIterable {
    /// `ln(1 + documents holding it)`.
    case logDocuments
    /// `ln(1 + documents whose lead sentences hold it)`.
    case logLeadDocuments
    /// The share of the cluster's documents holding it.
    case documentFraction
    /// Its earliest place in a document, 0 (first sentence) to 1 (last).
    case earliestPosition
    /// `ln(1 + sentences holding it)`.
    case logSentences
    /// `ln(1 + the weight the document count gives it)` (ICSI's count, with the lead bonus).
    case logCountWeight
    /// Mean background IDF (`Models/background-df.tsv`) of its words that are not stop words.
    case meanIDF
    /// How many of its two words are stop words (0, 1).
    case stopWords
    /// 1 when one of its words holds a digit.
    case hasDigit
    /// Mean topic relevance of the sentences holding it over the highest (0 without a topic).
    case topicRelevance
}
