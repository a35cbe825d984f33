import Foundation
import Testing
@testable import PrecisEvaluation

/// `eval`'s chart.svg reads: metric labels apart, axis ticks at round values (the session 11
/// walkthrough found the one-system chart's labels run together, and ticks at 0.09, 0.19, 0.28).
@Suite struct RougeChartTests {
    static func chart(systems: [String]) throws -> String {
        let input = RougeEvaluationInput(
            references: ["c1": [Array("the cat sat on the mat near the door".utf8)]],
            systems: Dictionary(uniqueKeysWithValues: systems.map { ($0, ["c1": Array("the cat sat on a mat by the door".utf8)]) }))
        return try Rouge().evaluate(input).svgChart()
    }

    @Test func metricLabelsNeverOverlapAndTicksAreRound() throws {
        for systems in [["one"], ["a", "b"], ["a", "b", "c"]] {
            let svg = try Self.chart(systems: systems)
            let labels = svg.matches(of: /<text x="([0-9.]+)" y="[0-9.]+" text-anchor="middle">([^<]+)<\/text>/)
                .map { (x: Double($0.output.1)!, text: String($0.output.2)) }
            #expect(labels.map(\.text) == ["ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU4"])
            for (a, b) in zip(labels, labels.dropFirst()) {
                // centred labels: the gap between centres holds half of each, at 7 px a character
                #expect(b.x - a.x >= Double(a.text.count + b.text.count) * 3.5, "\(systems.count) systems: \(a.text) at \(a.x), \(b.text) at \(b.x)")
            }
            let ticks = svg.matches(of: /text-anchor="end">([0-9.]+)<\/text>/).map { Double($0.output.1)! }
            #expect(ticks.count >= 3 && ticks.first == 0)
            let step = ticks[1] - ticks[0]
            let mantissa = step / pow(10, log10(step).rounded(.down))
            #expect([1.0, 2, 5].contains { abs($0 - mantissa) < 1e-6 }, "ticks \(ticks)")
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { abs($1 - $0 - step) < 1e-9 })
            // the bars' highest interval end is inside the axis
            let highest = svg.matches(of: /y2="([0-9.]+)" stroke="#000"/).map { Double($0.output.1)! }.min()!
            #expect(highest >= 30)
        }
        #expect(RougeReport.roundStep(0.0936) == 0.1 && RougeReport.roundStep(0.01) == 0.01 && RougeReport.roundStep(0.13) == 0.2)
        
    }
}
