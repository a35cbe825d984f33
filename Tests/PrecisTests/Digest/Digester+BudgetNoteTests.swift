import Foundation
import Testing
@testable import Precis

@Suite struct DigesterBudgetNoteTests {
    @Test func aBudgetWholeSentencesCannotFillIsSaid() throws {
        let documents = [Document(name: "a.txt", text: "Leaders agreed on Monday to hold peace talks in Istanbul later this week.")]
        let digest = try Digester(options: DigestOptions(budget: .words(60))).digest(documents)
        #expect(digest.wordCount == 13)
        #expect(digest.note == "Whole sentences fill 13 of the 60 words: the articles hold only 13 words.")
        #expect(DigestRenderer.render(digest, as: .json).contains("\"note\" : \"Whole sentences fill 13 of the 60 words"))
        #expect(DigestRenderer.render(digest, as: .markdown).contains("_Note: Whole sentences fill 13 of the 60 words"))
        #expect(!DigestRenderer.render(digest, as: .text).contains("Note"))
    }

    @Test func aFilledBudgetCarriesNoNote() throws {
        let digest = try Digester().digest(try TestPaths.istanbulDocuments())
        #expect(digest.note == nil)
        #expect(!DigestRenderer.render(digest, as: .json).contains("\"note\""))
    }

    @Test func sentencesTooLongForWhatIsLeftAreNamedAsTheReason() throws {
        let long = "Officials said the delegations from both capitals would arrive in the city on Wednesday evening before the formal opening session."
        let documents = [Document(name: "a.txt", text: "Leaders agreed to meet in Istanbul on Thursday. \(long)")]
        let digest = try Digester(options: DigestOptions(budget: .words(20))).digest(documents)
        #expect(digest.note?.hasPrefix("Whole sentences fill 8 of the 20 words: no other whole sentence fits the 12 words left") == true)
    }
}
