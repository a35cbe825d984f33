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
        #expect(digest.note == "Whole sentences fill 8 of the 20 words: no other whole sentence that reads without the sentence before it fits the 12 words left.")
    }

    @Test func sentencesThatFitButWereNotTakenAreCounted() throws {
        // Two copies of one report (the second sentence word for word, so it is one sentence):
        // the second copy's lead fits what is left but repeats the digest, and the note says it
        // exists instead of saying nothing fits.
        let a = "Leaders from both countries agreed on Monday to hold peace talks in Istanbul on Thursday. The talks will be the first since March 2022."
        let b = a.replacingOccurrences(of: "Leaders from", with: "Leaders of")
        let documents = [Document(name: "a.txt", text: a), Document(name: "b.txt", text: b)]
        let digest = try Digester(options: DigestOptions(budget: .words(60))).digest(documents)
        #expect(digest.items.count == 2 && digest.wordCount == 24, "\(digest.items.map(\.text))")
        #expect(digest.note == "Whole sentences fill 24 of the 60 words: 1 other sentence fits the 36 words left, but the method found nothing in it worth adding (for example too short for it, or repeating the digest).")
    }

    @Test func aSentenceAndItsShortenedVersionsCountOnce() throws {
        // The second copy's lead fits what is left, with its shortened variants ("…, officials
        // said" cut, "on Monday" cut): one sentence a reader could have been given, not four.
        let a = "Leaders from both countries agreed on Monday to hold peace talks in Istanbul on Thursday, officials said. The talks will be the first since March 2022."
        let b = a.replacingOccurrences(of: "Leaders from", with: "Leaders of")
        var options = DigestOptions(budget: .words(60))
        options.compression = .both
        let digest = try Digester(options: options).digest([Document(name: "a.txt", text: a), Document(name: "b.txt", text: b)])
        #expect(digest.note == "Whole sentences fill 17 of the 60 words: 1 other sentence fits the 43 words left, but the method found nothing in it worth adding (for example too short for it, or repeating the digest).")
    }
}
