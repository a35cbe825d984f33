import Testing
@testable import Precis

@Suite struct SentenceFuserTests {
    let fuser = SentenceFuser()

    @Test func fusesRestatementsIntoAShorterSentenceMadeOfTheirTrigrams() throws {
        let sources = [
            "Zelensky will travel to Ankara on Wednesday to meet Erdogan, his office said.",
            "Zelensky will travel to Ankara to meet Erdogan and is open to talks with Putin in Istanbul.",
        ]
        let fusion = try #require(fuser.fuse(sources))
        #expect(fusion.text == "Zelensky will travel to Ankara to meet Erdogan, his office said.")
        #expect(fusion.sources == [0, 1])
        #expect(fusion.wordCount < 13)
        #expect(FaithfulnessGuard.violations(fused: fusion.text, sources: sources).isEmpty)
    }

    @Test func neverFusesTwoDifferentFacts() {
        let sources = ["Putin met Erdogan in Ankara on Monday.", "Zelensky met Trump in Rome on Friday."]
        #expect(fuser.candidates(sources).isEmpty)
        let mixed = ["The talks will not take place in Istanbul this week.", "The talks will take place in Istanbul on Thursday, officials said."]
        #expect(fuser.candidates(mixed).isEmpty)
    }

    @Test func everyCandidatePassesTheGuardAndIsDeterministic() {
        let sources = [
            "The most recent direct negotiations between Russia and Ukraine took place in March 2022 in Istanbul.",
            "Russia and Ukraine last held direct negotiations in Istanbul in March 2022, weeks after the invasion began.",
            "The last direct talks between Russia and Ukraine took place in Istanbul in March 2022, officials said.",
        ]
        let candidates = fuser.candidates(sources)
        for c in candidates {
            #expect(FaithfulnessGuard.violations(fused: c.text, sources: sources).isEmpty, "\(c.text)")
            #expect(c.wordCount < 16)
        }
        #expect(fuser.candidates(sources) == candidates)
    }

    @Test func needsTwoSentences() {
        #expect(fuser.fuse(["Putin met Erdogan in Ankara on Monday."]) == nil)
        #expect(fuser.fuse([]) == nil)
    }
}
