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

    /// Joins the trigram guard allows but a reader would not parse: found in digests with fusion on.
    @Test func joinsOnlyWhereBothSourcesReadTheSameWay() {
        // a noun phrase that is an object in one source becomes the other's subject
        let role = [
            "Zelensky accused the Russian leader of being \"scared\" to meet him, and if Putin were to decline attending Istanbul talks, it would signal his unwillingness to pursue peace.",
            "If the Russian president declines the invitation to meet in Istanbul, it would be interpreted as his unwillingness to pursue peace.",
        ]
        #expect(!fuser.candidates(role).contains { $0.text.hasPrefix("Zelensky accused the Russian president declines") })
        // a number joined to another sentence's subject
        let numbers = [
            "One would create about 15,000 new Section 8 housing vouchers, which are federal rent subsidies for low-income tenants.",
            "The bill, which seems assured of passage by Congress, would create about 90,000 Section 8 vouchers, or federal rent subsidies for low-income tenants.",
        ]
        #expect(!fuser.candidates(numbers).contains { $0.text.contains("One would create about 90,000") })
        // an amount joined to another amount's conversion
        let amounts = [
            "President Joseph Estrada on Thursday donated 600,000 pesos (dlrs 15,000), the equivalent of his salary for one year, to a fund for victims.",
            "The Philippines is still recovering from two typhoons that destroyed some 4 billion pesos (dlrs 100 million) worth of crops.",
        ]
        #expect(!fuser.candidates(amounts).contains { $0.text.contains("600,000 pesos (dlrs 100") })
    }

    @Test func stillJoinsAtSharedWordsThatReadTheSameWay() throws {
        let sources = [
            "Workers agreed to accept the plan nearly two weeks after the shutdown, and the airline resumed domestic flights Oct. 7 and international flights to the United States on Oct. 26.",
            "The union later decided to accept the plan, allowing PAL to resume domestic flights on Oct. 7 and international flights later.",
        ]
        let texts = fuser.candidates(sources).map(\.text)
        #expect(texts.contains("Workers agreed to accept the plan, allowing PAL to resume domestic flights on Oct. 7 and international flights later."))
    }

    /// A word capitalized only for opening one source keeps no capital inside a fused sentence.
    @Test func aSourcesOpeningCapitalIsNotCarriedInside() {
        let sources = [
            "Similar incidents have occurred in Pearl, Miss., West Paducah, Ky.; Edinboro, Pa., and Springfield, Ore., in recent years.",
            "Other similar incidents have occurred in Pearl, Miss., West Paducah, Ky., Jonesboro, Ark., Edinboro, Pa., and Springfield, Ore.",
        ]
        let texts = fuser.candidates(sources).map(\.text)
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.contains("Other Similar") })
    }

    @Test func needsTwoSentences() {
        #expect(fuser.fuse(["Putin met Erdogan in Ankara on Monday."]) == nil)
        #expect(fuser.fuse([]) == nil)
    }
}
