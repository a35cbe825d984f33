import ArgumentParser
import Foundation
import PrecisSupport
import Precis

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Group a day's articles into stories, digest each, and rank them.",
        discussion: """
            PATH is a folder (read recursively; ids are paths relative to it, and an article's \
            first subfolder is its source), a JSON Lines file (*.jsonl), or - for JSON Lines on \
            standard input: one article per line, {"id", "title"?, "source"?, "url"?, "published"?, "text"}.

            Examples:
              precis brief day/ --format html -o brief.html
              precis brief day.jsonl --stories 20 --words 60 --format json
              cat day.jsonl | precis brief - --quiet
              precis brief today/ --since yesterday-brief.json --topic "earthquake relief"

            --since PREVIOUS (the previous day's folder, JSON Lines, or brief JSON as \
            --format json writes it) marks each story new or continuing, and a continuing \
            story's digest says only what is new. --topic ranks the stories by it.
            """
    )

    @Argument(help: "A folder of articles, a JSON Lines file, or - for JSON Lines on stdin.")
    var path: String

    @Option(help: "Output format: \(BriefRenderer.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: BriefRenderer.Format = .markdown

    @Option(help: "How many stories to show, most important first.")
    var stories: Int = 10

    @Option(help: "Words per story digest.")
    var words: Int = 80

    @Option(name: .customLong("min-size"), help: "Leave out stories with fewer articles than this.")
    var minSize: Int = 2

    @Option(help: "Grouping threshold: average cosine two groups need to merge, in (0, 1].")
    var threshold: Float?

    /// Shared-neighbour list length k of the second pass (``StoryGrouper/Options/sharedNeighbors``); 0: no second pass.
    @Option(name: .customLong("shared-neighbors"), help: "Second grouping pass on shared neighbours: neighbours per article (default 10; 0: no second pass).")
    var sharedNeighbors: Int?

    @Option(help: "Merge check relative to a group's own cohesion, in [0, 1) (0: plain average link).")
    var relative: Double?

    @Option(help: "A settings file (JSON: Briefer.Options, e.g. {\"grouping\": {\"threshold\": 0.1}}); options override it.")
    var config: String?

    @Flag(inversion: .prefixedNo, help: "Digest each story shown (--no-digest: grouping and ranking only).")
    var digest = true

    @Option(name: .customLong("title"), help: "The brief's title.")
    var title: String = "Daily brief"

    @Option(name: .customLong("max-file-size"), help: "Refuse files larger than this many bytes.")
    var maxFileSize: Int = 64 << 20

    @Flag(help: "No progress or warnings on stderr.")
    var quiet = false

    @Flag(help: "Print each stage's time on stderr as one JSON line (for benchmarks).")
    var timing = false

    @Option(name: .customLong("pair-recall"), help: ArgumentHelp(
        "Measure the candidate pairs against every pair at these cosines (comma-separated), print JSON on stderr, and stop.",
        visibility: .hidden))
    var pairRecall: String?

    @Option(name: .customLong("groups-json"), help: ArgumentHelp(
        "Write only the grouping (every story's article ids, JSON) to this file, with no ranking, headlines or digests, and stop.",
        visibility: .hidden))
    var groupsJSON: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var topic: TopicOptions

    @Option(help: "What was read before: the previous day's folder, JSON Lines, or brief JSON (--format json): stories are marked new or continuing, and continuing ones digested for what is new.")
    var since: String?

    func run() throws {
        // The grouping runs its own threads around single-threaded BLAS calls (OpenBLAS's idle
        // threads spin between calls), and the digests' matrices are small.
        BLASThreads.set(1)
        try reportingErrors {
            let inputs = [path] + [config, since, topic.topic].compactMap { $0 }  // settings, earlier day, topic are inputs too
            try output.check(inputs: inputs)
            var options = try config.map(Briefer.Options.init(contentsOf:)) ?? Briefer.Options()
            options.stories = stories
            options.words = words
            options.minimumStorySize = minSize
            options.digests = digest
            if let threshold { options.grouping.threshold = threshold }
            if let relative { options.grouping.relativeThreshold = relative }
            if let sharedNeighbors { options.grouping.sharedNeighbors = sharedNeighbors }
            guard maxFileSize > 0 else { throw PrecisError.invalidArgument("--max-file-size must be positive") }
            let briefer = try Briefer(options: options)
            let progress = ProgressLine(enabled: !quiet && isatty(2) != 0)
            let clock = StageClock()
            progress.report("reading", 0)
            let day = try ArticleReader(options: .init(maxFileBytes: maxFileSize)).read(path: path)
            SkippedInputs.report(day.warnings, quiet: quiet, clear: progress.clear)
            if let groupsJSON {
                let vectors = DocumentVectors(texts: day.articles.map { ($0.title, $0.text) }, options: options.grouping.vectors)
                let grouping = StoryGrouper(options: options.grouping).group(vectors, times: day.articles.map(\.publishedTime))
                let stories = grouping.stories.map { ["documents": $0.map { day.articles[$0].id }] }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                try OutputFile.write(String(decoding: try encoder.encode(["stories": stories]), as: UTF8.self) + "\n", to: groupsJSON)
                if timing { printError(clock.json(articles: day.articles.count, stories: grouping.stories.count)) }
                return
            }
            if let pairRecall {
                try Self.reportPairRecall(pairRecall, articles: day.articles, options: options.grouping)
                return
            }
            progress.report("reading", 1)
            clock.mark("reading")
            let topicText = try topic.text()
            let earlier = try readEarlier()
            if since != nil { clock.mark("previous") }
            let brief = try briefer.brief(day.articles, focus: BriefFocus(topic: topicText, earlier: earlier), progress: { stage, fraction in
                progress.report(stage, fraction)
                if fraction >= 1 { clock.mark(stage) }
            })
            SkippedInputs.report((brief.warnings ?? []).map { "warning: \($0)" }, quiet: quiet, clear: progress.clear)
            if brief.stories.isEmpty && brief.storyCount > 0 && !quiet {
                // an empty brief says why (the status stays 0: nothing was skipped)
                progress.clear()
                printError("precis: warning: no story has \(minSize) or more articles (\(counted(brief.storyCount, "story", "stories")) found); --min-size 1 lists them all")
            }
            let (articles, stories) = (day.articles.count, brief.storyCount)
            progress.finish("\(articles) article\(articles == 1 ? "" : "s"), \(stories) \(stories == 1 ? "story" : "stories")")
            try output.emit(BriefRenderer.render(brief, as: format, title: title), inputs: inputs)
            clock.mark("rendering")
            if timing { printError(clock.json(articles: day.articles.count, stories: brief.storyCount)) }
        }
    }
}

extension BriefCommand {
    /// What `--since` names: a brief JSON's stories (``Brief/previousArticles()``), or the
    /// articles of a folder or JSON Lines file; none without `--since`.
    /// - Throws: ``PrecisError`` (a usage error) when it is the day's own input or holds nothing readable.
    func readEarlier() throws -> [Article] {
        guard let since else { return [] }
        try SincePaths.checkApart([since], from: [path])
        let unreadable = PrecisError.invalidArgument("--since: nothing readable in \(since)")
        if since.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: since),
                  let brief = try? JSONDecoder().decode(Brief.self, from: data) else { throw unreadable }
            let articles = brief.previousArticles()
            guard !articles.isEmpty else { throw unreadable }
            return articles
        }
        guard let result = try? ArticleReader(options: .init(maxFileBytes: maxFileSize)).read(path: since),
              result.articles.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { throw unreadable }
        SkippedInputs.report(result.warnings, quiet: quiet)
        return result.articles
    }

    /// `--pair-recall`: the candidate pairs' recall of the exact pairs, as one JSON line on stderr.
    static func reportPairRecall(_ list: String, articles: [Article], options: StoryGrouper.Options) throws {
        let thresholds = try list.split(separator: ",").map { part -> Float in
            guard let x = Float(part.trimmingCharacters(in: .whitespaces)), x > 0, x <= 1 else {
                throw PrecisError.invalidArgument("--pair-recall: '\(part)' is not a cosine in (0, 1]")
            }
            return x
        }
        guard !thresholds.isEmpty else { throw PrecisError.invalidArgument("--pair-recall: no cosine given") }
        var vectorOptions = options.vectors
        vectorOptions.rowPostingsBelow = .max  // every pair is compared too
        let vectors = DocumentVectors(texts: articles.map { ($0.title, $0.text) }, options: vectorOptions)
        let recall = StoryGrouper(options: options).candidateRecall(vectors, thresholds: thresholds)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        printError(String(decoding: try encoder.encode(recall), as: UTF8.self))
    }
}

/// Stage durations since the previous mark.
final class StageClock: @unchecked Sendable {
    private var last = DispatchTime.now().uptimeNanoseconds
    private let start = DispatchTime.now().uptimeNanoseconds
    private var stages: [(String, Double)] = []
    private let lock = NSLock()

    func mark(_ stage: String) {
        lock.lock(); defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append((stage, Double(now - last) / 1e9))
        last = now
    }

    func json(articles: Int, stories: Int) -> String {
        let total = Double(last - start) / 1e9
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let parts = stages.map { String(format: "\"%@\": %.3f", $0.0, $0.1) }
        return "{\"articles\": \(articles), \"stories\": \(stories), " + parts.joined(separator: ", ")
            + String(format: ", \"total\": %.3f, \"peakMB\": %.0f", total, Double(usage.ru_maxrss) / 1024)
            + ", \"blas\": \"\(BLASCore.name() ?? "not OpenBLAS")\"}"
    }
}

/// A one-line progress display on stderr (only when it is a terminal).
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var last = ""

    init(enabled: Bool) { self.enabled = enabled }

    func report(_ stage: String, _ fraction: Double) {
        guard enabled else { return }
        let line = String(format: "precis: %@ %3.0f%%  %.1fs", stage, fraction * 100, Date().timeIntervalSince(start))
        lock.lock(); defer { lock.unlock() }
        guard line != last else { return }
        last = line
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func finish(_ summary: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(String(format: "\r\u{1B}[Kprecis: %@ in %.1fs\n", summary, Date().timeIntervalSince(start)).utf8))
    }
}

extension BriefRenderer.Format: ExpressibleByArgument {}
