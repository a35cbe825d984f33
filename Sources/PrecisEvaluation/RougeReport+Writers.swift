import Foundation
import Precis
import PrecisSupport

extension RougeReport {
    /// A fixed-width table: one row per system and metric with the reported average of recall,
    /// precision and F, each followed by its confidence interval.
    ///
    /// - Returns: the table, ending with a line stating the equivalent ROUGE-1.5.5 flags.
    /// - Complexity: O(systems × metrics).
    package func table() -> String {
        let nameWidth = max(6, systems.map(\.name.count).max() ?? 0)
        let level = RougeOptions._number(options.confidence)
        var lines: [String] = []
        func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
        let stat = options.profile == .rouge155 ? "average (ROUGE-1.5.5)" : "mean"
        lines.append(pad("system", nameWidth) + "  " + pad("metric", 10) + "  "
            + ["recall", "precision", "F"].map { pad("\($0) [\(level)% CI]", 26) }.joined(separator: "  "))
        for system in systems {
            for aggregate in system.aggregates {
                var row = pad(system.name, nameWidth) + "  " + pad(aggregate.metric.description, 10)
                for measure in RougeMeasure.allCases {
                    let cell = "\(Self._fixed(aggregate.average[measure])) [\(Self._fixed(aggregate.low[measure]))-\(Self._fixed(aggregate.high[measure]))]"
                    row += "  " + pad(cell, 26)
                }
                lines.append(row.trimmingCharacters(in: .whitespaces))
            }
        }
        lines.append("\(stat) over \(counted(systems.first?.clusters.count ?? 0, "cluster")); ROUGE-1.5.5 flags: \(flags)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Per-cluster results as CSV: `system,cluster,metric,recall,precision,f,reference_count,summary_count,hits`.
    /// - Returns: the CSV text, rows in report order.
    package func perClusterCSV() -> String {
        var out = "system,cluster,metric,recall,precision,f,reference_count,summary_count,hits\n"
        for system in systems {
            for cluster in system.clusters {
                for r in cluster.results {
                    out += [Self._csv(system.name), Self._csv(cluster.cluster), r.metric.id,
                            Self._num(r.score.recall), Self._num(r.score.precision), Self._num(r.score.f),
                            String(r.counts.reference), String(r.counts.summary), String(r.counts.hits)].joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }

    /// Aggregates as CSV: one row per system, metric and statistic (`average`, `mean`, `low`, `high`).
    /// - Returns: the CSV text.
    package func meansCSV() -> String {
        var out = "system,metric,stat,recall,precision,f,clusters,flags\n"
        for system in systems {
            for a in system.aggregates {
                for (stat, score) in [("average", a.average), ("mean", a.mean), ("low", a.low), ("high", a.high)] {
                    out += [Self._csv(system.name), a.metric.id, stat, Self._num(score.recall), Self._num(score.precision),
                            Self._num(score.f), String(a.clusters), Self._csv(flags)].joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }

    /// The means for `--format json`: `{"flags": …, "systems": [{"name": …, "rouge-1":
    /// {"recall": …, "precision": …, "f": …}, …}]}` with the reported average (fractions).
    /// - Returns: JSON text with sorted keys.
    package func meansJSON() -> String {
        var systemsJSON: [Any] = []
        for system in systems {
            var object: [String: Any] = ["name": system.name]
            for a in system.aggregates {
                object[a.metric.id] = ["recall": a.average.recall, "precision": a.average.precision, "f": a.average.f,
                                       "interval": ["recall": [a.low.recall, a.high.recall],
                                                    "precision": [a.low.precision, a.high.precision],
                                                    "f": [a.low.f, a.high.f]]]
            }
            systemsJSON.append(object)
        }
        let root: [String: Any] = [
            "flags": flags, "stat": options.profile == .rouge155 ? "rouge155-average" : "mean",
            "clusters": systems.first?.clusters.count ?? 0, "systems": systemsJSON,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The whole report (settings, per-cluster results, aggregates) as JSON.
    /// - Returns: the JSON data (sorted keys, stable across runs).
    /// - Throws: an encoding error (not expected).
    package func fullJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// A bar chart of the reported recall per metric and system, with interval whiskers.
    /// - Parameter measure: which value to chart (default recall).
    /// - Returns: a standalone SVG document.
    package func svgChart(measure: RougeMeasure = .recall) -> String {
        let metricList = metrics
        // a group is as wide as its bars, and as its label (about 7 px a character at 11 px), so
        // labels never run into each other (one system: 42 px held "ROUGE-1" at best)
        let longestLabel = metricList.map(\.description.count).max() ?? 0
        let groupWidth = max(Double(max(1, systems.count)) * 18 + 24, Double(longestLabel * 7))
        let left = 50.0, top = 30.0, height = 260.0
        let width = left + groupWidth * Double(max(1, metricList.count)) + 160
        let highest = max(0.05, (systems.flatMap { $0.aggregates.map { $0.high[measure] } }.max() ?? 0.5) * 1.1)
        let tickStep = Self.roundStep(highest / 5)
        let ticks = Int((highest / tickStep).rounded(.up))
        let maxValue = tickStep * Double(ticks)
        let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                       "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]
        func y(_ v: Double) -> Double { top + height - v / maxValue * height }
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(top + height + 60))" font-family="sans-serif" font-size="11">
        <text x="\(left)" y="16" font-size="13">ROUGE \(measure.rawValue) (\(options.profile == .rouge155 ? "ROUGE-1.5.5 average" : "mean"), \(RougeOptions._number(options.confidence))% interval)</text>
        <line x1="\(left)" y1="\(y(0))" x2="\(Int(width) - 150)" y2="\(y(0))" stroke="#333"/>

        """
        for tick in 0...ticks {
            let v = tickStep * Double(tick)
            svg += "<text x=\"\(left - 4)\" y=\"\(Self._fixed(y(v) + 4, 1))\" text-anchor=\"end\">\(Self._fixed(v, 2))</text>\n"
            svg += "<line x1=\"\(left)\" y1=\"\(Self._fixed(y(v), 1))\" x2=\"\(Int(width) - 150)\" y2=\"\(Self._fixed(y(v), 1))\" stroke=\"#ddd\"/>\n"
        }
        for (m, metric) in metricList.enumerated() {
            let x0 = left + Double(m) * groupWidth + 12
            for (s, system) in systems.enumerated() {
                guard let a = system.aggregate(metric) else { continue }
                let x = x0 + Double(s) * 18
                let color = palette[s % palette.count]
                svg += "<rect x=\"\(Self._fixed(x, 1))\" y=\"\(Self._fixed(y(a.average[measure]), 1))\" width=\"14\" height=\"\(Self._fixed(y(0) - y(a.average[measure]), 1))\" fill=\"\(color)\"><title>\(Self._xml(system.name)) \(metric.id): \(Self._fixed(a.average[measure]))</title></rect>\n"
                svg += "<line x1=\"\(Self._fixed(x + 7, 1))\" y1=\"\(Self._fixed(y(a.low[measure]), 1))\" x2=\"\(Self._fixed(x + 7, 1))\" y2=\"\(Self._fixed(y(a.high[measure]), 1))\" stroke=\"#000\"/>\n"
            }
            svg += "<text x=\"\(Self._fixed(x0 + Double(systems.count) * 9, 1))\" y=\"\(Self._fixed(y(0) + 16, 1))\" text-anchor=\"middle\">\(metric.description)</text>\n"
        }
        for (s, system) in systems.enumerated() {
            let ly = top + Double(s) * 15
            svg += "<rect x=\"\(Int(width) - 140)\" y=\"\(Self._fixed(ly, 1))\" width=\"10\" height=\"10\" fill=\"\(palette[s % palette.count])\"/>"
            svg += "<text x=\"\(Int(width) - 125)\" y=\"\(Self._fixed(ly + 9, 1))\">\(Self._xml(system.name))</text>\n"
        }
        svg += "<text x=\"\(left)\" y=\"\(Int(top + height + 45))\" fill=\"#555\">ROUGE-1.5.5 flags: \(Self._xml(flags))</text>\n</svg>\n"
        return svg
    }

    /// The smallest of 1, 2 and 5 times a power of ten at least `raw`: an axis step whose ticks
    /// read as round numbers (0.1, 0.2, … rather than 0.09, 0.19, …).
    static func roundStep(_ raw: Double) -> Double {
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw * (1 - 1e-9) }!
    }

    /// Writes `per-cluster.csv`, `means.csv`, `results.json` and `chart.svg` into a folder.
    /// - Parameter directory: the results folder (created if needed).
    /// - Returns: the files written.
    /// - Throws: ``PrecisError`` when the folder or a file cannot be written.
    @discardableResult
    package func write(to directory: URL) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let files: [(String, Data)] = [
                ("per-cluster.csv", Data(perClusterCSV().utf8)), ("means.csv", Data(meansCSV().utf8)),
                ("results.json", try fullJSON()), ("chart.svg", Data(svgChart().utf8)),
            ]
            return try files.map { name, data in
                let url = directory.appendingPathComponent(name)
                try data.write(to: url, options: .atomic)
                return url
            }
        } catch let error as PrecisError {
            throw error
        } catch {
            throw PrecisError.cannotWrite(directory.path, error.localizedDescription)
        }
    }

    static func _fixed(_ x: Double, _ digits: Int = 5) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([x]) { vsnprintf(&buffer, 64, "%.\(digits)f", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Shortest round-trip decimal.
    static func _num(_ x: Double) -> String { "\(x)" }

    static func _csv(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func _xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
