// summ_harness: run summarizer settings over a corpus in-process.
//
//   summ_harness score CORPUS --words N [--rouge "-n 2 -m -l 100 -f A -a"] [--out DIR] SETTING...
//   (`--bytes N` instead of `--words N`: a byte budget, e.g. DUC 2004's 665, ROUGE still cuts at -l)
//   summ_harness time CORPUS --words N [--repeat R] SETTING...
//
// SETTING is `name=path.json` or `name={json}` (inline). Prints one TSV line per setting:
// name, R-1, R-2 recall x100 (plain mean over clusters), words, seconds.
// `--compress` applies SentenceCompressor-style rules to picked text (evaluation of issue 4's
// compression; see Evaluation/results/duc2006-tuning.md).
import Foundation
import Precis
import PrecisEvaluation
import PrecisSupport

var args = Array(CommandLine.arguments.dropFirst())
guard args.count >= 2 else { print("usage: summ_harness score|time CORPUS [options] SETTING..."); exit(64) }
let mode = args.removeFirst()
let corpusPath = args.removeFirst()
var words = 100
var bytes: Int?
var rougeFlags = "-n 2 -m -l 100 -f A -a"
var outDir: String?
var repeats = 1
var settingArgs: [String] = []
var threads = 2
var compress: SentenceCompressor?
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--words": words = Int(args.removeFirst())!
    case "--bytes": bytes = Int(args.removeFirst())!
    case "--rouge": rougeFlags = args.removeFirst()
    case "--out": outDir = args.removeFirst()
    case "--repeat": repeats = Int(args.removeFirst())!
    case "--threads": threads = Int(args.removeFirst())!
    case "--compress": compress = SentenceCompressor(options: try JSONDecoder().decode(SentenceCompressor.Options.self, from: Data(args.removeFirst().utf8)))
    default: settingArgs.append(a)
    }
}

func loadSetting(_ spec: String) throws -> (String, DigestOptions) {
    let eq = spec.firstIndex(of: "=")!
    let name = String(spec[..<eq])
    let body = String(spec[spec.index(after: eq)...])
    let data = body.hasPrefix("{") ? Data(body.utf8) : FileManager.default.contents(atPath: body)!
    var options = try JSONDecoder().decode(DigestOptions.self, from: data)
    options.budget = bytes.map { .bytes($0) } ?? .words(words)
    return (name, options)
}

if mode == "rouge" {
    // rouge SUMMARIES_DIR(<System>/<cluster>.txt) REFERENCES_DIR: Precis ROUGE of existing summaries.
    let systems = try EvaluationCorpus.readSummaries(directory: URL(fileURLWithPath: corpusPath))
    let refs = try EvaluationCorpus.readReferences(directory: URL(fileURLWithPath: settingArgs[0]))
    let rouge = try Rouge(options: RougeOptions(rouge155Flags: rougeFlags))
    for name in systems.keys.sorted() {
        let clusters = systems[name]!.keys.sorted()
        var r1 = 0.0, r2 = 0.0
        for c in clusters {
            let r = rouge.score(summary: systems[name]![c]!, references: refs[c] ?? [])
            r1 += r.first { $0.metric == .n(1) }?.score.recall ?? 0
            r2 += r.first { $0.metric == .n(2) }?.score.recall ?? 0
        }
        print(String(format: "%@\t%.2f\t%.2f\t%d", name, r1 / Double(clusters.count) * 100, r2 / Double(clusters.count) * 100, clusters.count))
    }
    exit(0)
}
if mode == "pairs" {
    // pairs FOLDER WORD...: cosines between sentences (of different documents) holding any WORD.
    let docs = try DocumentReader().read(paths: [corpusPath]).documents
    let model = try Digester().fit(docs)
    let hits = model.sentences.indices.filter { i in settingArgs.contains { model.sentences[i].text.lowercased().contains($0) } }
    for i in hits { print("[\(i)] d\(model.sentences[i].document)#\(model.sentences[i].index) \(model.sentences[i].text.prefix(90))") }
    for a in hits { for b in hits where b > a && model.sentences[a].document != model.sentences[b].document {
        print(String(format: "%d %d %.3f", a, b, model.similarity[a, b])) } }
    exit(0)
}
if mode == "sentences" {
    // sentences CORPUS --out DIR: each cluster's sentences as Precis splits them (after cleaning),
    // one file per document (DIR/<cluster>/<document>.txt), one sentence per line; for comparing
    // Precis's preprocessing with another system's on the same selection code.
    let corpus = try EvaluationCorpus(url: URL(fileURLWithPath: corpusPath))
    for c in corpus.clusters {
        let docs = try DocumentReader().read(paths: [c.directory.path]).documents
        let model = try Digester().fit(docs)
        let dir = URL(fileURLWithPath: outDir!).appendingPathComponent(c.id)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // copies included: a document's lead is its lead even when an earlier document holds it
        let lines = model.documentSentences.map { $0.map { model.sentences[$0].text } }
        for (d, doc) in docs.enumerated() {
            let name = URL(fileURLWithPath: doc.name).deletingPathExtension().lastPathComponent
            try (lines[d].joined(separator: "\n") + "\n").write(
                to: dir.appendingPathComponent(String(format: "%03d-", d) + name + ".txt"), atomically: true, encoding: .utf8)
        }
    }
    exit(0)
}
let settings = try settingArgs.map(loadSetting)
let corpus = try EvaluationCorpus(url: URL(fileURLWithPath: corpusPath))
let clusters = corpus.clusters
let references = mode == "score" ? try corpus.readReferences() : [:]

// Read and fit each cluster once per IDF choice; methods share the fitted model.
func documents(_ c: EvaluationCorpus.Cluster) throws -> [Document] {
    let read = try DocumentReader().read(paths: [c.directory.path]).documents
    guard let compress else { return read }
    // Compression at fit time: every sentence compressed before the cluster is fitted.
    let splitter = SentenceSplitter()
    return read.map { d in
        Document(name: d.name, title: d.title, paragraphs: d.paragraphs.map { splitter.split($0).map(compress.compress).joined(separator: " ") })
    }
}

final class Box<T>: @unchecked Sendable {
    var value: T
    let lock = NSLock()
    init(_ v: T) { value = v }
    func with(_ f: (inout T) -> Void) { lock.lock(); f(&value); lock.unlock() }
}

func parallel(_ n: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let next = Box(0)
    let group = DispatchGroup()
    for _ in 0..<max(1, threads) {
        DispatchQueue.global().async(group: group) {
            while true {
                var k = -1
                next.with { if $0 < n { k = $0; $0 += 1 } }
                if k < 0 { break }
                body(k)
            }
        }
    }
    group.wait()
}

let start = Date()
let docs = Box([[Document]](repeating: [], count: clusters.count))
parallel(clusters.count) { k in let d = try! documents(clusters[k]); docs.with { $0[k] = d } }
let readSeconds = Date().timeIntervalSince(start)

if mode == "score" {
    let rouge = try Rouge(options: RougeOptions(rouge155Flags: rougeFlags))
    let idfs = Set(settings.map { $0.1.idf == .background })
    var models: [Bool: [ClusterModel]] = [:]
    for bg in idfs {
        let box = Box([ClusterModel?](repeating: nil, count: clusters.count))
        let digester = try Digester(options: { var o = DigestOptions(); o.idf = bg ? .background : .cluster; return o }())
        parallel(clusters.count) { k in let m = try? digester.fit(docs.value[k]); box.with { $0[k] = m } }
        if let k = box.value.firstIndex(where: { $0 == nil }) {
            FileHandle.standardError.write(Data("summ_harness: cannot fit cluster \(clusters[k])\n".utf8))
            exit(1)
        }
        models[bg] = box.value.map { $0! }
    }
    for (name, options) in settings {
        let t0 = Date()
        let digester = try Digester(options: options)
        let fitted = models[options.idf == .background]!
        let results = Box([(Double, Double, Int, String)](repeating: (0, 0, 0, ""), count: clusters.count))
        parallel(clusters.count) { k in
            let digest = try! digester.digest(fitted[k])
            let text = digest.items.map(\.text).joined(separator: "\n") + "\n"
            let r = rouge.score(summary: Array(text.utf8), references: references[clusters[k].id] ?? [])
            let r1 = r.first { $0.metric == .n(1) }?.score.recall ?? 0
            let r2 = r.first { $0.metric == .n(2) }?.score.recall ?? 0
            let w = digest.items.reduce(0) { $0 + ClusterSentence.countWords($1.text) }
            results.with { $0[k] = (r1, r2, w, text) }
        }
        let seconds = Date().timeIntervalSince(t0)
        let n = Double(clusters.count)
        let r1 = results.value.reduce(0) { $0 + $1.0 } / n * 100
        let r2 = results.value.reduce(0) { $0 + $1.1 } / n * 100
        let w = Double(results.value.reduce(0) { $0 + $1.2 }) / n
        print(String(format: "%@\t%.2f\t%.2f\t%.1f\t%.2f", name, r1, r2, w, seconds))
        if let outDir {
            let dir = URL(fileURLWithPath: outDir).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for (k, c) in clusters.enumerated() {
                try results.value[k].3.write(to: dir.appendingPathComponent(c.id + ".txt"), atomically: true, encoding: .utf8)
            }
        }
    }
} else {
    // time: one thread, every cluster: fit + digest, per setting; also digest only (fit shared).
    print("read \(clusters.count) clusters: \(String(format: "%.3f", readSeconds)) s")
    var totalAll = 0.0
    for (name, options) in settings {
        let digester = try Digester(options: options)
        var best = Double.infinity
        var bestSelect = Double.infinity
        for _ in 0..<repeats {
            var fitTime = 0.0, selectTime = 0.0
            for k in clusters.indices {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let model = try digester.fit(docs.value[k])
                let t1 = DispatchTime.now().uptimeNanoseconds
                _ = try digester.digest(model)
                let t2 = DispatchTime.now().uptimeNanoseconds
                fitTime += Double(t1 - t0) / 1e9
                selectTime += Double(t2 - t1) / 1e9
            }
            best = min(best, fitTime + selectTime)
            bestSelect = min(bestSelect, selectTime)
        }
        totalAll += best
        print(String(format: "%@\t%.3f s (fit+digest)\t%.3f s (digest only)", name, best, bestSelect))
    }
    print(String(format: "all settings together: %.3f s", totalAll))
}
