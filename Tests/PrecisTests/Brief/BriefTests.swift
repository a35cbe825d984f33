import Foundation
import Testing
@testable import Precis

@Suite struct BriefGroupingTests {
    /// Three unrelated articles to mix with the Istanbul ones.
    static let others: [Article] = [
        Article(id: "x/storm.txt", source: "x", text: """
            Storm floods coastal towns
            A powerful storm flooded coastal towns overnight, forcing thousands of residents to leave their homes.
            Rescue crews used boats to reach families trapped by rising water, officials said.
            """),
        Article(id: "x/storm2.txt", source: "y", text: """
            Flooding forces evacuations after storm
            Thousands of residents left their homes as the storm flooded coastal towns and rescue crews reached trapped families by boat.
            Officials said the water was still rising on Monday.
            """),
        Article(id: "z/chess.txt", source: "z", text: """
            Teenager wins chess championship
            A sixteen-year-old won the national chess championship on Sunday after a long endgame against the defending champion.
            """),
    ]

    static func istanbulArticles() throws -> [Article] {
        try ArticleReader().read(path: TestPaths.istanbul.path).articles.map {
            var a = $0
            a.id = "web/" + a.id
            a.source = "web"
            return a
        }
    }

    @Test func istanbulArticlesFormOneStoryOfTheirOwn() throws {
        let articles = try Self.istanbulArticles() + Self.others
        let grouping = StoryGrouper().group(articles.map { $0.document() })
        let istanbul = grouping.stories.first { $0.contains(0) }!
        #expect(istanbul == [0, 1, 2, 3, 4])
        #expect(grouping.stories.contains([5, 6]))
        #expect(grouping.stories.contains([7]))
    }

    @Test func denseSparseSplitDoesNotChangeCosines() throws {
        let texts = (try Self.istanbulArticles() + Self.others).map { ($0.title, $0.text) }
        // 0: the norm counts the kept terms only, so a vector's cosine to itself is 1; the
        // default counts this small day's rare terms in the norm too (below 1 then)
        for rareTermsInNormBelow in [0, StoryGrouper.Options().rareTermsInNormBelow] {
            var narrow = StoryGrouper.Options()
            narrow.denseDimensions = 3
            narrow.rareTermsInNormBelow = rareTermsInNormBelow
            var wide = narrow
            wide.denseDimensions = 100_000
            let a = DocumentVectors(texts: texts, options: narrow.vectors)
            let b = DocumentVectors(texts: texts, options: wide.vectors)
            #expect(a.denseCount == 3 && b.denseCount == b.termCount)
            for i in 0..<texts.count {
                if rareTermsInNormBelow == 0 { #expect(abs(a.cosine(i, i) - 1) < 1e-4) }
                for j in 0..<texts.count { #expect(abs(a.cosine(i, j) - b.cosine(i, j)) < 1e-5) }
            }
        }
    }

    @Test func blocksOfAnySizeKeepTheSamePairs() throws {
        let texts = (try Self.istanbulArticles() + Self.others).map { ($0.title, $0.text) }
        var options = StoryGrouper.Options()
        options.denseDimensions = 8
        let vectors = DocumentVectors(texts: texts, options: options.vectors)
        let whole = SimilarityBlocks(vectors: vectors, options: options.similarityLimits).keptPairs()
        options.blockFloats = 1  // one row per block
        let rowByRow = SimilarityBlocks(vectors: vectors, options: options.similarityLimits).keptPairs()
        #expect(whole.first == rowByRow.first && whole.second == rowByRow.second && whole.similarity == rowByRow.similarity)
        #expect(whole.count > 0)
        for k in 0..<whole.count {
            let exact = vectors.cosine(Int(whole.first[k]), Int(whole.second[k]))
            #expect(abs(exact - whole.similarity[k]) < 1e-4)
        }
    }

    @Test func averageLinkageStopsAtTheThreshold() {
        // 0-1-2 tight, 3 weakly tied to 2, 4 alone.
        var pairs = SimilarityBlocks.Pairs()
        for (a, b, s) in [(0, 1, Float(0.9)), (0, 2, 0.8), (1, 2, 0.85), (2, 3, 0.2)] {
            pairs.first.append(Int32(a)); pairs.second.append(Int32(b)); pairs.similarity.append(s)
        }
        let result = AverageLinkage(count: 5, threshold: 0.125).cluster(pairs)
        #expect(result.members == [[0, 1, 2], [3], [4]])
        #expect(abs(result.cohesion[0] - 0.85) < 1e-6)
        let loose = AverageLinkage(count: 5, threshold: 0.05).cluster(pairs)
        #expect(loose.members == [[0, 1, 2, 3], [4]])
    }

    /// Two tight triangles (0-1-2, 3-4-5), a bridge 2-3 and a weak link 0-5: pairs inside a
    /// triangle share their triangle, the bridge only itself, and the weak link shares
    /// neighbours only when the floor lets it into the lists.
    @Test func sharedNeighboursReweightPairsAndRespectTheFloor() {
        var pairs = SimilarityBlocks.Pairs()
        for (a, b, s) in [(0, 1, Float(0.5)), (0, 2, 0.5), (0, 5, 0.06), (1, 2, 0.5), (2, 3, 0.3), (3, 4, 0.5), (3, 5, 0.5), (4, 5, 0.5)] {
            pairs.first.append(Int32(a)); pairs.second.append(Int32(b)); pairs.similarity.append(s)
        }
        let lists = SharedNeighbors.lists(pairs, count: 6, k: 2, floor: 0.1)
        #expect(lists.overlap(0, 1) == 3 && lists.overlap(2, 3) == 0 && lists.overlap(0, 5) == 0)
        let strict = SharedNeighbors.reweight(pairs, weights: SharedNeighbors.weights(pairs, count: 6, k: 3, floor: 0.1))
        // 0-5 is below the floor and shares no neighbour: left out; the others stay, in order.
        #expect(strict.pairs.first == [0, 0, 1, 2, 3, 3, 4] && strict.pairs.second == [1, 2, 2, 3, 4, 5, 5])
        #expect(strict.cosine == [0.5, 0.5, 0.5, 0.3, 0.5, 0.5, 0.5])
        // 0-1: lists {0,1,2} and {0,1,2}: overlap 3 of 4, sqrt(0.75 × 0.5).
        #expect(abs(strict.pairs.similarity[0] - (0.75 * 0.5 as Float).squareRoot()) < 1e-5)
        // The bridge 2-3: lists {0,1,2,3} and {2,3,4,5} share only the pair itself: sqrt(0.5 × 0.3).
        #expect(abs(strict.pairs.similarity[3] - (0.5 * 0.3 as Float).squareRoot()) < 1e-5)
        // Floor 0.05: 0's list {0,1,2,5}, 5's {0,3,4,5}: overlap 2 of 4, sqrt(0.5 × 0.06).
        let loose = SharedNeighbors.reweight(pairs, weights: SharedNeighbors.weights(pairs, count: 6, k: 3, floor: 0.05))
        #expect(loose.pairs.count == pairs.count)
        #expect(abs(loose.pairs.similarity[2] - (0.5 * 0.06 as Float).squareRoot()) < 1e-5)
        // Pairs inside one story are left out.
        let between = SharedNeighbors.reweight(pairs, weights: SharedNeighbors.weights(pairs, count: 6, k: 3, floor: 0.1), story: [0, 0, 0, 1, 1, 1])
        #expect(between.pairs.first == [2] && between.pairs.second == [3])
    }

    /// The second pass starts from given groups (merged even without a pair inside) and checks
    /// merges against the cohesions of the `check` similarities, not of the merge similarities.
    @Test func averageLinkageStartsFromGroupsAndChecksInOtherSimilarities() {
        var pairs = SimilarityBlocks.Pairs()
        var check: [Float] = []
        for (a, b, s, c) in [(0, 2, Float(0.9), Float(0.8)), (1, 3, 0.5, 0.05), (2, 3, 0.05, 0.01)] {
            pairs.first.append(Int32(a)); pairs.second.append(Int32(b)); pairs.similarity.append(s); check.append(c)
        }
        // Group {0, 1} (no pair inside) and 2 merge at 0.9 / 2; then {0, 1, 2} and 3 average
        // 0.55 / 3 on the merge similarities, but their checks average 0.06 / 3, under 0.3 ×
        // the group's check cohesion (0.8 / 3). Without the group, 1 and 3 pair up instead.
        let checked = AverageLinkage(count: 4, threshold: 0.1, relative: 0.3).cluster(pairs, check: check, initial: [[0, 1]])
        #expect(checked.members == [[0, 1, 2], [3]])
        #expect(abs(checked.cohesion[0] - 0.8 / 3) < 1e-6)
        let unchecked = AverageLinkage(count: 4, threshold: 0.1, relative: 0).cluster(pairs, check: check, initial: [[0, 1]])
        #expect(unchecked.members == [[0, 1, 2, 3]])
        let alone = AverageLinkage(count: 4, threshold: 0.1, relative: 0.3).cluster(pairs, check: check)
        #expect(alone.members == [[0, 2], [1, 3]])
    }

    @Test func sharedNeighbourSettingsAreChecked() throws {
        var options = StoryGrouper.Options()
        options.sharedNeighbors = -1
        #expect(throws: PrecisError.self) { try options.validate() }
        options.sharedNeighbors = 10
        options.sharedNeighborThreshold = 0
        #expect(throws: PrecisError.self) { try options.validate() }
        let decoded = try JSONDecoder().decode(StoryGrouper.Options.self, from: Data("{\"threshold\": 0.2}".utf8))
        #expect(decoded.sharedNeighbors == 10 && decoded.sharedNeighborThreshold == 0.2 && decoded.neighborFloor == 0.1)
    }

    @Test func termTableGivesTheAnalyzersTermsOnPunctuationAndAccents() {
        let text = "Zelensky’s 30-day plan: the talks weren't held in Türkiye (Istanbul) — Erdoğan's “ceasefire” isn't x. Rock'n'roll U.S. e-mail"
        let table = _TermTable()
        var terms: [String] = []
        table.terms(text) { terms.append(table.stems[Int($0)]) }
        #expect(terms == Analyzer.english.terms(text))
    }
}

@Suite struct BriefModelTests {
    @Test func timestampsParse() {
        #expect(Article.parseTimestamp("1970-01-02") == 86400)
        #expect(Article.parseTimestamp("2025-05-12T00:00:00Z") == 1_747_008_000)
        let halfPast: Double = 1_747_009_800
        #expect(Article.parseTimestamp("2025-05-12T02:30+02:00") == halfPast)
        let morning: Double = 1_747_008_000 + 30_615
        #expect(Article.parseTimestamp("2025-05-12 08:30:15.25") == morning)
        #expect(Article.parseTimestamp("yesterday") == nil)
    }

    @Test func aStoryWhoseDigestFailsIsKeptAndReported() throws {
        let articles = try BriefGroupingTests.istanbulArticles() + BriefGroupingTests.others
        let brief = try Briefer(options: .init(stories: 10, words: 60, minimumStorySize: 1)).brief(articles)
        #expect(brief.warnings == nil && brief.stories.allSatisfy { $0.digest != nil })
        // no sentence fits a one-word budget: every digest fails, every story stays, each is reported
        let starved = try Briefer(options: .init(stories: 10, words: 1, minimumStorySize: 1)).brief(articles)
        #expect(starved.stories.count == brief.stories.count)
        #expect(starved.stories.allSatisfy { $0.digest == nil })
        let warnings = try #require(starved.warnings)
        #expect(warnings.count == starved.stories.count)
        #expect(warnings.allSatisfy { $0.contains("no digest: no sentence fits the budget of 1 words") })
    }

    @Test func rankerWeighsSourcesSizeAndRecency() {
        let r = StoryRanker()
        let candidates = [
            StoryRanker.Candidate(members: [0, 1, 2, 3], sources: 1, newest: 10),
            StoryRanker.Candidate(members: [4, 5], sources: 2, newest: 0),
            StoryRanker.Candidate(members: [6, 7], sources: 2, newest: 10),
        ]
        // 2 ln 3 + ln 3 + 1 = 4.30 > 2 ln 2 + ln 5 + 1 = 3.99 > 2 ln 3 + ln 3 = 3.30
        #expect(r.order(candidates, oldest: 0, newest: 10) == [2, 0, 1])
    }

    @Test func jsonLinesAreReadAndBadLinesNamed() throws {
        let good = """
            {"id": "a", "title": "Talks in Istanbul", "source": "wire", "published": "2025-05-12T08:00:00Z", "text": "Leaders will meet in Istanbul on Thursday."}

            {"id": "b", "text": "<html><head><title>Page</title></head><body><p>Second article text here.</p></body></html>"}
            """
        let result = try ArticleReader().readJSONLines(Data(good.utf8), name: "day.jsonl")
        #expect(result.articles.map(\.id) == ["a", "b"])
        #expect(result.articles[0].source == "wire" && result.articles[0].publishedTime == 1_747_036_800)
        #expect(!result.articles[1].text.contains("<p>") && result.articles[1].text.contains("Second article"))
        // Nothing usable left: an error.
        #expect(throws: PrecisError.self) { try ArticleReader().readJSONLines(Data("{\"id\": \"a\"}\n".utf8), name: "d") }
        // A bad line or a repeated id: that line skipped with a warning naming it, the rest kept.
        let mixed = """
            {"id":"a","text":"x"}
            not json
            {"id":"b"}
            {"id":"a","text":"y"}
            {"id":"c","text":"z"}
            """
        let partial = try ArticleReader().readJSONLines(Data(mixed.utf8), name: "d")
        #expect(partial.articles.map(\.id) == ["a", "c"] && partial.articles[0].text == "x")
        #expect(partial.warnings.count == 3)
        #expect(partial.warnings[0].hasPrefix("warning: d:2: not an article") && partial.warnings[0].hasSuffix("; skipped"))
        #expect(partial.warnings[1].hasPrefix("warning: d:3: not an article"))
        #expect(partial.warnings[2] == "warning: d:4: id 'a' appeared on an earlier line; skipped")
        // the file-size limit holds per article
        let small = ArticleReader(options: .init(maxFileBytes: 5))
        let sized = try small.readJSONLines(Data("{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"too long\"}\n".utf8), name: "d")
        #expect(sized.articles.map(\.id) == ["a"])
        #expect(sized.warnings == ["warning: d:2: a text of 8 bytes is over the 5-byte limit; skipped"])
    }

    @Test func controlCharactersAndLineBreaksNeverReachTheRenderedBrief() throws {
        var articles = try BriefGroupingTests.istanbulArticles()
        articles[0].source = "wire\n# injected heading"
        articles[0].title = "Talks\u{1B}[31m red\u{07} \u{202E}reversed"
        let brief = try Briefer(options: .init(stories: 5, words: 60, minimumStorySize: 1)).brief(articles)
        for format in [BriefRenderer.Format.markdown, .html] {
            let page = BriefRenderer.render(brief, as: format)
            #expect(!page.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(format)")
            #expect(!page.contains("\n# injected"), "\(format): a source's line break starts a heading")
        }
    }

    @Test func htmlShowsAPlantedScriptAsText() throws {
        var articles = try BriefGroupingTests.istanbulArticles()
        articles[0].text = articles[0].text.replacingOccurrences(
            of: "Ukrainian President", with: "<script>alert('x')</script> Ukrainian President")
        articles[0].title = "<img src=x onerror=alert(1)> Talks"
        let brief = try Briefer(options: .init(stories: 5, words: 200, minimumStorySize: 1)).brief(articles)
        let html = BriefRenderer.render(brief, as: .html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("http://") && !html.contains("https://"))  // nothing fetched
        #expect(html.contains("name=\"viewport\""))
        // Every text field is escaped.
        let planted = "<script>alert('x')</script>"
        let item = DigestItem(rank: 1, text: planted + " said.", score: 1, document: "a\"<b>.txt", sentenceIndex: 0, supportingDocuments: [])
        let digest = Digest(title: planted, documents: ["a.txt"], budget: .words(10), order: .rank, items: [item])
        let story = Story(rank: 1, headline: planted, articles: [StoryArticle(id: planted, title: planted, source: planted, url: "javascript:alert(1)")],
                          sources: [planted], latest: planted,
                          importance: StoryImportance(sources: 1, articles: 1, peakDay: 1, recency: 1, score: 1), cohesion: 1, digest: digest)
        let page = BriefRenderer.render(Brief(articleCount: 1, storyCount: 1, latest: planted, stories: [story]), as: .html, title: planted)
        #expect(!page.contains("<script"))
        // <title>, h1, summary line, headline, meta (source, latest), item, article title and its source.
        #expect(page.components(separatedBy: "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").count - 1 == 9)
        #expect(!page.contains("javascript:"))  // only http(s) addresses become links
        #expect(page.contains("a&quot;&lt;b&gt;.txt"))
    }

    @Test func briefJSONHasStoriesWithTheInterfaceFieldsAndIsDeterministic() throws {
        let articles = try BriefGroupingTests.istanbulArticles() + BriefGroupingTests.others
        let briefer = try Briefer(options: .init(stories: 10, words: 60, minimumStorySize: 1))
        let one = BriefRenderer.render(try briefer.brief(articles), as: .json)
        let two = BriefRenderer.render(try briefer.brief(articles), as: .json)
        #expect(one == two)
        let object = try JSONSerialization.jsonObject(with: Data(one.utf8)) as! [String: Any]
        let stories = object["stories"] as! [[String: Any]]
        #expect(stories.count == 3)
        // The storm story (2 sources, 2 articles) outranks Istanbul (1 source, 5 articles).
        #expect((stories[0]["articles"] as! [[String: Any]]).map { $0["id"] as! String } == ["x/storm.txt", "x/storm2.txt"])
        let first = stories[1]
        #expect((first["articles"] as! [[String: Any]]).count == 5)
        #expect(first["sourceCount"] as? Int == 1 && (first["sources"] as? [String])?.count == 1)
        #expect((first["importance"] as! [String: Any])["articles"] as? Int == 5)
        let headline = first["headline"] as! String
        #expect(["Putin", "Zelensky", "Istanbul"].contains(where: headline.contains) && headline.split(separator: " ").count <= 16, "\(headline)")
        let digest = first["digest"] as! [String: Any]
        #expect(!(digest["items"] as! [[String: Any]]).isEmpty)
        #expect((digest["items"] as! [[String: Any]]).allSatisfy { ($0["document"] as! String).hasPrefix("web/") })
        let markdown = BriefRenderer.render(try briefer.brief(articles), as: .markdown)
        #expect(markdown.hasPrefix("# Daily brief\n"))
    }

    @Test func badOptionsAreRefused() {
        #expect(throws: PrecisError.self) { try Briefer(options: .init(stories: 0)) }
        var options = Briefer.Options()
        options.grouping.threshold = 0
        #expect(throws: PrecisError.self) { try Briefer(options: options) }
    }
}

@Suite struct DigestLinesTests {
    @Test func oneDigestPerLineAndErrorsInline() throws {
        let lines = DigestLines(digester: try Digester(options: DigestOptions(budget: .words(40))))
        let cluster = DigestLines.Cluster(id: "c1", documents: [
            .init(id: "d1", text: "Leaders will meet in Istanbul on Thursday for talks. The meeting was confirmed on Monday."),
            .init(id: "d2", text: "Talks between the leaders are set for Thursday in Istanbul, officials confirmed."),
        ])
        let input = try JSONEncoder().encode(cluster)
        let out = try #require(lines.process(input, number: 1))
        let decoded = try JSONDecoder().decode(DigestLines.Output.self, from: Data(out.utf8))
        #expect(decoded.id == "c1" && decoded.error == nil)
        #expect(decoded.digest?.items.isEmpty == false)
        #expect(!out.contains("\n"))
        #expect(lines.process(Data("   ".utf8), number: 2) == nil)
        let bad = try #require(lines.process(Data("{\"id\": 3}".utf8), number: 3))
        #expect(bad.contains("\"error\"") && bad.contains("\"line\":3"))
        let empty = try #require(lines.process(Data("{\"id\": \"e\", \"documents\": []}".utf8), number: 4))
        #expect(empty.contains("\"id\":\"e\"") && empty.contains("\"error\""))
    }
}

@Suite struct BriefFastPathTests {
    /// The flat-array average link gives what the dictionary one (the previous implementation,
    /// kept in the tests) gave, on random graphs with clusters, ties and the relative check.
    @Test func flatAverageLinkageMatchesTheDictionaryOne() {
        var state: UInt64 = 12345
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        for trial in 0..<40 {
            let n = 20 + Int(next() % 200)
            let groups = 1 + Int(next() % 30)
            var pairs = SimilarityBlocks.Pairs()
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let same = i % groups == j % groups
                    let roll = next() % 1000
                    guard same ? roll < 700 : roll < 60 else { continue }
                    // few distinct values, so ties happen
                    let s = SimilarityBlocks.rounded(Float(next() % 40 + (same ? 10 : 5)) / 100)
                    pairs.first.append(Int32(i)); pairs.second.append(Int32(j)); pairs.similarity.append(s)
                }
            }
            for (threshold, relative) in [(Float(0.125), 0.3), (0.1, 0), (0.2, 0.5)] {
                let fast = AverageLinkage(count: n, threshold: threshold, relative: relative).cluster(pairs)
                let slow = ReferenceAverageLinkage(count: n, threshold: threshold, relative: relative).cluster(pairs)
                #expect(fast.members == slow.members, "trial \(trial)")
                #expect(fast.cohesion == slow.cohesion, "trial \(trial)")
            }
        }
    }
}
