import Foundation
import Testing
@testable import Precis
import PrecisSupport

/// The hostile inputs of `HostileInputTests` (CLI), driven through the library: each gives a
/// `PrecisError` of the right kind, or a warning and a usable result. Nothing traps.
@Suite struct HostileLibraryTests {
    static let article = """
        Leaders agreed on Monday to hold peace talks in Istanbul later this week. \
        The talks will focus on a ceasefire and the exchange of prisoners between the two sides. \
        Officials said the delegations would arrive on Wednesday evening.
        """

    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-hostile-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
        return url
    }

    func digest(_ documents: [Document], _ budget: Budget = .words(100)) throws -> Digest {
        try Digester(options: DigestOptions(budget: budget)).digest(documents)
    }

    func expectKind(_ kind: PrecisError.Kind, _ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try body()
            Issue.record("expected a \(kind) error", sourceLocation: sourceLocation)
        } catch let error as PrecisError {
            #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
            #expect(!error.description.contains("\n"), sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func emptyFolderEmptyFileAndWhitespace() throws {
        let empty = try folder([:])
        defer { try? FileManager.default.removeItem(at: empty) }
        expectKind(.emptyInput) { _ = try DocumentReader().read(paths: [empty.path]) }
        let blank = try folder(["e.txt": [], "w.txt": Array(" \n\t \n".utf8)])
        defer { try? FileManager.default.removeItem(at: blank) }
        let documents = try DocumentReader().read(paths: [blank.path]).documents
        expectKind(.emptyInput) { _ = try digest(documents) }
    }

    @Test func binaryInvalidUTF8AndUTF16() throws {
        expectKind(.unsupportedInput) { _ = try TextDecoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])) }
        let latin = try TextDecoder.decode(Data(Array("caf".utf8) + [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94]))
        #expect(latin.text == "café “ok”" && latin.encoding == .windows1252)
        var utf16: [UInt8] = [0xFE, 0xFF]
        for unit in "Türkiye.".utf16 { utf16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TextDecoder.decode(Data(utf16)).text == "Türkiye.")
    }

    @Test func oversizedDataIsRefusedByTheLimit() throws {
        let reader = DocumentReader(options: .init(maxFileBytes: 1024))
        expectKind(.unsupportedInput) { _ = try reader.document(from: Data(count: 4096), name: "big.txt") }
    }

    @Test func longRunNonLatinHTMLAndOneSentence() throws {
        let long = (0..<16_000).map { ["alpha", "beta", "gamma", "delta"][$0 % 4] }.joined(separator: " ")
        let digestLong = try digest([Document(name: "long", text: long + "\n" + Self.article)])
        #expect(digestLong.items.contains { $0.text.contains("Istanbul") })
        for text in ["Переговоры пройдут в Стамбуле в четверг. Кремль пока не ответил на предложение.",
                     "Οι συνομιλίες θα γίνουν την Πέμπτη. Το Κρεμλίνο δεν έχει απαντήσει ακόμη.",
                     "会谈将于周四举行。克里姆林宫尚未回应。"] {
            let d = try digest([Document(name: "x", text: text)], .sentences(2))
            #expect(d.items.count == 2 && d.items.allSatisfy { text.contains($0.text) })
        }
        let page = try DocumentReader().document(
            from: Data("<style>x{}</style><script>var s=1</script><!-- c --><p>\(Self.article)</p>".utf8), name: "p.html", fileExtension: "html")
        #expect(!page.bodyText.contains("var s") && !page.bodyText.contains("x{}") && page.bodyText.contains("Istanbul"))
        #expect(try digest([Document(name: "one", text: "Leaders agreed to meet.")]).items.map(\.text) == ["Leaders agreed to meet."])
    }

    @Test func thousandIdenticalArticlesCostWhatOneDoes() throws {
        let documents = (0..<1000).map { Document(name: "copy\($0).txt", text: Self.article) }
        let cluster = ClusterModel(documents: documents)
        #expect(cluster.sentences.count == 3)
        let d = try Digester().digest(cluster)
        #expect(d.items.count == 3 && d.items[0].supportingDocuments.count == 999)
    }

    @Test func budgetsZeroNegativeAndLarger() throws {
        for bad in [Budget.words(0), .words(-1), .sentences(0), .bytes(-5), .ratio(0), .ratio(-0.5)] {
            expectKind(.invalidArgument) { _ = try Digester(options: DigestOptions(budget: bad)) }
        }
        #expect(try digest([Document(name: "a", text: Self.article)], .words(1_000_000)).items.count == 3)
    }

    @Test func symlinkLoopAndDanglingLink() throws {
        let url = try folder(["a.txt": Array(Self.article.utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("loop").path, withDestinationPath: url.path)
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/target")
        let result = try DocumentReader().read(paths: [url.path])
        #expect(result.documents.count == 1)
        #expect(result.warnings.contains { $0.contains("gone.txt") })
    }

    @Test func outputOverAnInputOrIntoAnUnwritableFolder() throws {
        let url = try folder(["a.txt": Array(Self.article.utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        let input = url.appendingPathComponent("a.txt").path
        expectKind(.output) { try OutputFile.write("x", to: input, inputs: [input]) }
        expectKind(.output) { try OutputFile.write("x", to: input, inputs: [url.path + "/./a.txt"]) }
        expectKind(.output) { try OutputFile.write("x", to: "/proc/version/out", inputs: []) }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.article)
        // a successful write leaves no temporary file behind
        try OutputFile.write("fine\n", to: url.appendingPathComponent("out.txt").path, inputs: [input])
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        #expect(names == ["a.txt", "out.txt"])
    }
}
