import Foundation
import Testing
@testable import Precis

@Suite struct TfidfTests {
    @Test func sublinearSmoothedIDFLikeScikitLearn() {
        // sklearn: TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2")
        let model = TfidfVectorizer(analyzer: Analyzer(.init(removeStopWords: false, stemming: .none)))
            .fit(["apple apple banana", "banana cherry"])
        #expect(model.vocabulary == ["apple", "banana", "cherry"])
        let idf = model.idf.map(Double.init)
        #expect(abs(idf[0] - (log(3.0 / 2.0) + 1)) < 1e-6)
        #expect(abs(idf[1] - 1) < 1e-6)
        let row = model.transform(["apple apple banana"]).row(0)
        let a = (1 + log(2.0)) * (log(1.5) + 1), b = 1.0
        let norm = (a * a + b * b).squareRoot()
        #expect(abs(Double(row[0]) - a / norm) < 1e-5 && abs(Double(row[1]) - b / norm) < 1e-5 && row[2] == 0)
    }

    @Test func backgroundModelRoundTripsAndWeighsRareTermsHigher() throws {
        let model = DocumentFrequencies.count(["the talks in istanbul", "talks resume", "talks end"], minimumFrequency: 1)
        let parsed = try DocumentFrequencies(parsing: model.serialized(provenance: "test"))
        #expect(parsed == model)
        #expect(parsed.idf(of: "istanbul") > parsed.idf(of: "talk"))
        #expect(parsed.idf(of: "never-seen") >= parsed.idf(of: "istanbul"))
    }

    @Test func shippedBackgroundModelIsLoadedAndMatchesTheAnalyzer() {
        let shipped = DocumentFrequencies.shipped
        #expect(shipped.documentCount > 1000)
        #expect(shipped.analyzerSignature == Analyzer.Configuration.english.signature)
    }

    @Test func malformedModelIsRejected() {
        #expect(throws: PrecisError.self) { try DocumentFrequencies(parsing: "hello\tworld\n") }
    }
}
