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
    Benchmark("read + clean: five articles from disk") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! DocumentReader().read(paths: [sampleFolder.path])) }
    }
    Benchmark("digest + JSON rendering") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(DigestRenderer.render(try! digester.digest(documents), as: .json))
        }
    }
}
