import Foundation
import Testing
@testable import Precis
import PrecisEvaluation

struct ModelFilesTests {
    /// The compiled-in copies are the files in `Models/`, byte for byte, and every file there
    /// is compiled in: fails when a model file changed and `scripts/embed-models.sh` was not run.
    @Test func embeddedCopiesMatchModelsFolder() throws {
        let folder = TestPaths.root.appendingPathComponent("Sources/Precis/Resources/Models")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "README.md" }.sorted()
        #expect(ModelFiles.names == onDisk, "run scripts/embed-models.sh")
        for name in onDisk {
            let file = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(Data(try ModelFiles.text(named: name).utf8) == file, "\(name) is stale: run scripts/embed-models.sh")
        }
    }

    /// An unknown name is an error naming the shipped files, not an empty text.
    @Test func unknownModelIsAnError() {
        #expect {
            _ = try ModelFiles.text(named: "stopwords-xx.txt")
        } throws: { error in
            "\(error)".contains("stopwords-xx.txt") && "\(error)".contains("stopwords-en.txt")
        }
    }

    /// The shipped defaults are loaded, not silently empty.
    @Test func shippedDefaultsAreNotEmpty() {
        #expect(StopWords.english.words.count > 100)
        #expect(DocumentFrequencies.shipped.documentCount > 0)
        #expect(RougeResources.shipped.exceptions.count > 1000)
        #expect(SentenceSplitter.english.abbreviations.count > 50)
    }
}
