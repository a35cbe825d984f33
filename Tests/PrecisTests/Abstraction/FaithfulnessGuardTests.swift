import Testing
@testable import Precis

/// The hand-made adversarial set of issue 16: compressions and fusions that would state something
/// no source states. Each must be refused by the guard, and the compressor must never produce one.
@Suite struct FaithfulnessGuardTests {
    let compressor = SpanCompressor()

    /// Sentences, each with the words every compression of it must keep.
    static let adversarial: [(sentence: String, mustKeep: [String])] = [
        ("The talks will not take place, the Kremlin said on Monday.", ["not", "will", "Kremlin", "said"]),
        ("However, the talks will not take place.", ["not", "will"]),
        ("Zelensky said on Sunday that he would never meet Putin, who has refused a ceasefire.", ["Zelensky", "said", "would", "never"]),
        ("Prices rose about 30 percent last year, the company said Monday.", ["about", "30", "percent", "company", "said"]),
        ("The bridge was temporarily closed (for repairs) on Tuesday.", ["temporarily"]),
        ("The town was reportedly captured on Friday, officials said.", ["reportedly", "officials", "said"]),
        ("\"We are not ready,\" Zelensky wrote on X on Sunday.", ["not", "ready", "Zelensky", "wrote"]),
        ("The army may withdraw, according to Reuters, which cited two sources.", ["may", "according", "Reuters"]),
        ("He was not very happy, the minister, 64, said.", ["not", "very", "minister", "said"]),
        ("If the ceasefire holds, the talks will start on Thursday.", ["If", "ceasefire", "holds", "will", "Thursday"]),
        ("The strike cost $5 million, a union spokesman said Tuesday.", ["$", "5", "million", "spokesman", "said"]),
        ("Nobody was hurt, police said on Saturday.", ["Nobody", "police", "said"]),
        ("The plant, which had been partly destroyed, can't reopen until May.", ["can't", "until", "May"]),
        ("Putin met Erdogan in Ankara on Monday.", ["Putin", "met", "Erdogan", "Ankara"]),
    ]

    @Test func everyCandidateOfTheAdversarialSetKeepsWhatItMust() {
        for (sentence, mustKeep) in Self.adversarial {
            let candidates = compressor.candidates(for: sentence) + SpanCompressor.Level.allCases.map { compressor.compress(sentence, level: $0) }
            for candidate in candidates {
                #expect(FaithfulnessGuard.violations(compressed: candidate.text, source: sentence).isEmpty, "\(candidate.text)")
                let words = CompressionToken.tokenize(candidate.text).map(\.text)
                for word in mustKeep { #expect(words.contains(word), "“\(candidate.text)” lost “\(word)”") }
            }
        }
    }

    @Test func theAdversarialSetIsReallyCompressed() {
        // the set is not passed by leaving everything whole: most sentences do get shorter
        let shortened = Self.adversarial.filter { compressor.compress($0.sentence).text != $0.sentence }
        #expect(shortened.count >= 10)
    }

    @Test func refusesDroppedNegationsModalsHedgesAndSpeakers() {
        #expect(FaithfulnessGuard.violations(compressed: "The talks will take place.", source: "The talks will not take place.") == [.dropped("not")])
        #expect(FaithfulnessGuard.violations(compressed: "The talks take place.", source: "The talks may take place.") == [.dropped("may")])
        #expect(FaithfulnessGuard.violations(compressed: "The town was captured.", source: "The town was reportedly captured.") == [.dropped("reportedly")])
        #expect(FaithfulnessGuard.violations(compressed: "The talks failed.", source: "The talks failed, the Kremlin said.").contains(.dropped("kremlin")))
        #expect(FaithfulnessGuard.violations(compressed: "“We are ready,” he wrote.", source: "“We are not ready,” he wrote.").contains(.dropped("not")))
    }

    @Test func refusesAddedMovedOrChangedWords() {
        #expect(FaithfulnessGuard.violations(compressed: "Putin met Trump.", source: "Putin met Erdogan in Ankara.") == [.notInSource("trump")])
        #expect(FaithfulnessGuard.violations(compressed: "Erdogan met Putin.", source: "Putin met Erdogan.").first == .notInSource("met"))
        #expect(FaithfulnessGuard.violations(compressed: "", source: "Putin met Erdogan.") == [.empty])
    }

    @Test func refusesANumberWithoutItsUnitAndUnbalancedMarks() {
        #expect(FaithfulnessGuard.violations(compressed: "Prices rose 30 last year.", source: "Prices rose 30 percent last year.") == [.splitNumber("30")])
        #expect(FaithfulnessGuard.violations(compressed: "Prices rose 30 percent.", source: "Prices rose about 30 percent.") == [.splitNumber("30")])
        #expect(FaithfulnessGuard.violations(compressed: "The firm (a bank failed.", source: "The firm (a bank) failed.") == [.unbalanced])
        // a number the source also writes bare may stand alone
        #expect(FaithfulnessGuard.violations(compressed: "It fell 100 feet, then 100.", source: "It fell 100 feet, then 100 more.").isEmpty)
    }

    @Test func fusionNeverJoinsTwoFactsIntoAThirdOne() {
        let sources = ["Putin met Erdogan in Ankara on Monday.", "Zelensky met Trump in Rome on Friday."]
        for fake in ["Putin met Trump in Rome on Friday.", "Putin met Erdogan in Rome on Friday.", "Zelensky met Erdogan in Ankara on Monday.",
                     "Putin met Erdogan in Ankara on Friday.", "Zelensky met Trump in Ankara."] {
            #expect(!FaithfulnessGuard.violations(fused: fake, sources: sources).isEmpty, "\(fake)")
        }
        #expect(FaithfulnessGuard.violations(fused: "Putin met Erdogan in Ankara on Monday.", sources: sources).isEmpty)
    }

    @Test func fusionRefusesNewFactsUnbalancedMarksAndMixedPolarity() {
        let sources = ["The talks will take place in Istanbul on Thursday.", "Officials said the talks will take place in Istanbul."]
        #expect(FaithfulnessGuard.violations(fused: "Officials said the talks will take place in Istanbul on Thursday.", sources: sources).isEmpty)
        #expect(FaithfulnessGuard.violations(fused: "The talks will take place in Istanbul on Friday.", sources: sources).contains(.unsupportedFact("Friday")))
        #expect(FaithfulnessGuard.violations(fused: "“The talks will take place in Istanbul.", sources: ["“The talks will take place in Istanbul,” he said."]).contains(.unbalanced))
        let mixed = ["The talks will not take place.", "The talks will take place in May."]
        #expect(FaithfulnessGuard.violations(fused: "The talks will not take place in May.", sources: mixed).contains(.dropped("not")))
    }
}
