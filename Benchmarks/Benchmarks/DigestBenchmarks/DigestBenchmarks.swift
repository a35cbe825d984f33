import Benchmark
import Foundation
import Precis

/// The five Istanbul-talks articles, read once.
let sampleFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Evaluation/corpora/istanbul-talks")

nonisolated(unsafe) let benchmarks = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(3), maxIterations: 2_000)
    let documents = try! DocumentReader().read(paths: [sampleFolder.path]).documents
    let digester = try! Digester()

    Benchmark("digest: five articles, in-process (fit + score + select)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! digester.digest(documents)) }
    }
    // Issue 16's speed bar holds with abstraction on: every sentence's light and full compressed
    // variants compete in the selection.
    let compressing: Digester = {
        var options = DigestOptions()
        options.compression = .both
        return try! Digester(options: options)
    }()
    Benchmark("digest with compressed variants (both): five articles, in-process") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! compressing.digest(documents)) }
    }
    // The same with fusion on (`--abstraction fuse`): each fact's restatements across articles
    // are fused by a word graph and compete beside the sentences and their variants.
    let fusing: Digester = {
        var options = DigestOptions()
        options.compression = .both
        options.fusion = true
        return try! Digester(options: options)
    }()
    Benchmark("digest with fusion (fuse): five articles, in-process") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! fusing.digest(documents)) }
    }
    Benchmark("read + clean: five articles from disk") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! DocumentReader().read(paths: [sampleFolder.path])) }
    }
    // Update digests (issue 19): the later Istanbul articles since the earlier ones
    // (Tests/PrecisTests/Fixtures/istanbul-split), and DUC 2007-update's D0703-C since A and B
    // when ../shared holds it, each beside the plain digest of the same new articles.
    let byName = Dictionary(uniqueKeysWithValues: documents.map { ($0.name, $0) })
    let later = ["000_17fff6f30f82ae0b.txt", "001_57bfc616d560bdc8.txt"].map { byName[$0]! }
    let earlier = ["002_dd24d0e13730de0a.txt", "003_22b61c6839899886.txt", "004_52f60b2b561ad4d2.txt"].map { byName[$0]! }
    Benchmark("plain digest: Istanbul later part (2 articles)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! digester.digest(later)) }
    }
    Benchmark("update digest: Istanbul later part since the earlier part (2 + 3 articles)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! digester.digest(later, focus: DigestFocus(earlier: earlier))) }
    }
    let duc = sampleFolder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora/duc2007-update")
    if FileManager.default.fileExists(atPath: duc.path) {
        func read(_ set: String) -> [Document] {
            try! DocumentReader().read(paths: [duc.appendingPathComponent("clusters/D0703-\(set)").path]).documents
        }
        let (a, b, c) = (read("A"), read("B"), read("C"))
        let topic = try! String(contentsOf: duc.appendingPathComponent("topics/D0703.txt"), encoding: .utf8)
        Benchmark("plain digest: DUC 2007 D0703-C (7 articles)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! digester.digest(c)) }
        }
        Benchmark("update digest: DUC 2007 D0703-C since A and B (7 + 18 articles)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! digester.digest(c, focus: DigestFocus(earlier: a + b))) }
        }
        Benchmark("update digest with topic: DUC 2007 D0703-C since A and B") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! digester.digest(c, focus: DigestFocus(topic: topic, earlier: a + b))) }
        }
    }
    Benchmark("digest + JSON rendering") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(DigestRenderer.render(try! digester.digest(documents), as: .json))
        }
    }
}
