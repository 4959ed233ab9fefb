"""Hand-written English benign passages: official pages, warnings, news, own numbers, unrelated digits."""
from passage import benign

PASSAGES = [
    benign("en", "official", "*", """
Contact us
Call $B customer service at $O. We're available 24 hours a day, 7 days a week.
Please be aware: $B will never ask you to install remote-access software, buy gift cards or move money to a "safe account". If someone does, hang up.
""", "the brand's own contact page with its genuine number", variants=3),
    benign("en", "official", "*", """
Beware of fake customer service numbers
Scammers post fake $B phone numbers on search engines and social media. The only number we use is $O. If you called a different number and shared your login details, change your password and contact us right away.
""", "brand's own warning page stating its genuine number"),
    benign("en", "news", "*", """
Police warn of fake $B helpline after residents lose thousands
Officers said victims searched online for $B support and called $W, a number that appeared in sponsored results. The callers were told their accounts had been compromised and were persuaded to install screen-sharing software.
"Never call a number from an advert. Go to the company's own website," a spokesperson said.
""", "news report quoting the scam number to warn readers", variants=3),
    benign("en", "news", "*", """
FRAUD ALERT: Do not call $W
Consumer watchdogs have received more than 300 complaints about $W, which answers as "$B Refund Department". The brand has confirmed the number is not theirs. Anyone who has paid money should contact their bank immediately.
""", "fraud alert headline and body quoting the scam number"),
    benign("en", "forum", "*", """
PSA: $W is NOT $B support!!
Called it yesterday because I thought it was the real line. They wanted me to download AnyDesk to "process my refund". Hung up and called the number on the back of my card instead. Please don't fall for it.
""", "forum warning post quoting the scam number", variants=3),
    benign("en", "forum", "*", """
Q: Is $W legit? Got a voicemail saying my $B account was suspended.
A: No. That's a known scam number. The genuine $B number is $O, and they don't leave voicemails about suspensions.
""", "Q&A answer flagging a scam number and repeating the genuine one"),
    benign("en", "blog", "*", """
How to contact $B customer service
The official $B phone number is $O. Have your account email handy, and expect to verify your identity with a code sent to your phone. You can also use the chat option in the help centre, which tends to be faster at peak times.
""", "third-party guide repeating the genuine number", variants=3),
    benign("en", "other", "*", """
$B Customer Service — Phone Number & Hours
Phone: $O
Best time to call: weekdays before 10 am
Average hold time reported by callers: 12 minutes
This page is maintained by an independent directory and is not affiliated with $B.
""", "directory entry listing the genuine number with a non-affiliation note"),
    benign("en", "other", "*", """
Harbourside Computer Repair
Virus removal, screen replacement, data recovery. We fix all makes and models.
Call us: $S
We are an independent repair shop and not affiliated with any manufacturer.
""", "independent business advertising its own number; no brand claim", brandless=True, nums="nanp"),
    benign("en", "other", "*", """
Green Lane Plumbing & Heating
Boiler servicing, emergency call-outs, bathroom fitting. Gas Safe registered.
Phone $S — open 7 days.
Prices from £65. Free quotes within 10 miles of the town centre.
""", "local business with its own UK number", brandless=True, nums="mobile_uk intlplus"),
    benign("en", "other", "shop", """
Order confirmation
Order #113-5590214-8873204
Placed on March 14, 2026 · Total $$84.97
Ships to: Apt 2B
Estimated delivery: March 18-20
Questions about this order? Visit Your Orders in the $B app.
""", "order confirmation with an order number, price and dates; no phone"),
    benign("en", "other", "courier", """
$B tracking
Tracking ID: 1Z 4A7 W92 03 4471 2286
03/02/2026 07:41 Departed facility — Memphis, TN
03/02/2026 19:12 Arrived at facility — Louisville, KY
03/03/2026 09:30 Out for delivery
""", "tracking page whose tracking ID holds phone-like digit groups; no phone"),
    benign("en", "blog", "*", """
How to spot a fake support number
Real companies publish their numbers on their own websites. A number in the format 1-8XX-XXX-XXXX is not proof of anything: scammers rent toll-free numbers too. If a "support agent" asks for gift cards, remote access or your one-time passcode, it is a scam.
""", "explainer with a placeholder number pattern and no real number", brandless=True),
    benign("en", "blog", "*", """
$B card numbers explained
Your card number has 16 digits, for example 4000 1234 5678 9010 in our sample image. The first six digits identify the issuer, and the last digit is a checksum. Never share the 3-digit security code on the back.
""", "card-number explainer with card-like digits, no phone"),
    benign("en", "other", "*", """
$L
This domain is for sale. Inquire about this domain.
© 2026 Domain Parking Services
""", "lookalike domain parked with no number", variants=3),
    benign("en", "official", "*", """
$B Help Center › Account security
1️⃣ Turn on two-step verification.
2️⃣ Review recent sign-ins and remove devices you don't recognise.
3️⃣ Update your recovery email.
We will never call you to ask for a code.
""", "official help article with keycap list markers and no number"),
    benign("en", "news", "*", """
Regulator fines call centre network behind fake tech-support ads
The network bought search adverts for phrases such as "$B support number" and routed callers to agents who charged for unnecessary repairs. Investigators said more than 40 numbers were involved; all have now been disconnected. The regulator advised consumers to find contact details on the company's own site.
""", "news about fake support ads without quoting a number", variants=3),
    benign("en", "official", "bank pay", """
Lost or stolen card?
Call us straight away on $O — lines are open 24/7.
Calling from abroad? Use the same number with your international prefix.
Remember: we'll never ask you to transfer money to keep it safe.
""", "official lost-card page with the genuine number"),
    benign("en", "forum", "*", """
Finally cancelled my $B subscription without calling anyone: Settings > Account > Membership > Cancel. Took two minutes. Ignore the blogs telling you to phone some "refund department", there's no such thing.
""", "forum tip with no number warning against refund-department lines"),
    benign("en", "other", "air", """
Flight status: $B flight 1822
Scheduled departure 06:55, gate B14. Estimated arrival 09:40.
Aircraft: Airbus A321. Seat map and baggage allowance available in the app.
Confirmation code format: six letters, e.g. KQZTRP.
""", "flight status page with flight numbers and times, no phone"),
    benign("en", "blog", "*", """
The $B refund timeline, explained
Day 0: you request the refund. Day 1-3: the request is reviewed. Day 5-10: the money appears on your statement. If it's been more than 14 days, message support through the app; there is no special refund phone line, and anyone offering one is not $B.
""", "blog with numbers of days only, warning against refund lines"),
    benign("en", "official", "*", """
Accessibility support
Customers who are deaf or hard of hearing can reach $B using relay services. Voice: $O. For all other queries please use the help centre.
""", "official accessibility page with the genuine number (sometimes written unusually)"),
    benign("en", "news", "*", """
Scam call centre raided; numbers included $W and $S
Police in the operation seized 60 computers and scripts instructing staff to pose as $B agents. Investigators published the numbers so that victims could come forward.
""", "news quoting two scam numbers from a raid", nums="nanp intlplus"),
    benign("en", "other", "*", """
Template: "For help, call [PHONE NUMBER] — available 24/7."
Replace [PHONE NUMBER] with your business line before publishing. Example: Call 555-XXXX.
""", "a template with placeholder slots only", brandless=True),
    benign("mixed", "news", "*", """
Scam warning 防骗提醒: fake "$B customer service" numbers such as $W are circulating on Q&A sites. 请勿拨打。 The brand says its only hotline is $O.
""", "bilingual warning quoting a scam number and the genuine hotline", nums="intl00 intlplus"),
    benign("en", "forum", "*", """
Reporting this spam thread: it posts "$B support" with $W every five minutes. Mods please remove and ban. Reported to the brand's abuse team too.
""", "user reporting spam and quoting the spam number", nums="nanp intlplus"),
    benign("en", "official", "*", """
About $B
Founded in 2009, $B serves more than 40 million customers in 23 countries. Headquarters: 100 Market Street, Suite 400. Press enquiries: press@$D.
""", "official about page with years, counts and an address, no phone"),
    benign("en", "blog", "*", """
What is a homoglyph attack?
Scammers register names that look identical to a brand's, such as "$B" written with Cyrillic letters instead of "$P". The difference is invisible to most readers, which is why you should type the official address yourself rather than trusting a link.
""", "security explainer quoting a homoglyph spelling of the brand; no number", form="homoglyph"),
    benign("en", "search", "*", """
Contact Us | $B Official Site
Need help? Call $O or chat with us 24/7. Manage your account, report fraud and get answers to common questions.
""", "search result of the official contact page with the genuine number", variants=3),
    benign("en", "app", "*", """
$B — Official App
Offered by $B
Manage your account on the go. Questions? Our support team is available at $O or through in-app chat.
""", "official app listing with the genuine number"),
    benign("en", "other", "*", """
Your verification code is 400 812. It expires in 10 minutes. $B will never call you to ask for this code.
""", "one-time passcode message; the code is not a phone number"),
    benign("en", "other", "*", """
LOST CAT — Ginger tabby, answers to "Biscuit". Last seen near Elm Road on Sunday 14 June.
Reward offered. Please call or text $S any time.
""", "lost-pet notice with the owner's own (fictional) number; no brand", brandless=True, nums="mobile_uk nanp"),
    benign("en", "official", "*", """
<p>Questions? Call us at <a href="$TO">$O</a>, Monday to Friday 8am-8pm.</p>
""", "official page whose tel: link and visible text are the same genuine number"),
    benign("en", "news", "*", """
$B shares rose 4.2% to $$188.40 on Tuesday after the company reported quarterly revenue of $$24.1 billion, up 9% from a year earlier. The company now expects full-year growth of 7% to 8%.
""", "business news with prices and percentages; no phone"),
    benign("en", "forum", "*", """
Warning: a site called "$B Help Desk" is listing $W as a support line. I checked with the real $P: their number is $O and they have never heard of it. Don't call.
""", "forum warning contrasting a scam number with the genuine one"),
    benign("en", "other", "air", """
TAX INVOICE
Harbour Travel Pty Ltd · Level 2, 88 Quay Street · Phone $S
ABN 41 604 118 927
Booking number 5528147
Description: $B (Sydney to Melbourne) 2 adults
Total AUD 418.60 (includes GST 38.05)
""", "travel agency invoice with the agency's own number, an ABN and a booking number", nums="nanp intlplus"),
    benign("en", "other", "*", """
ClaimEase Refund Services
We help consumers prepare refund claims for airlines, retailers and subscriptions. We are an independent agency and are not affiliated with, endorsed by or acting for $B or any other company named on this site.
Call our own office: $S (Mon-Fri)
""", "agency advertising its own number with an explicit non-affiliation disclaimer", nums="nanp mobile_uk"),
    benign("en", "official", "bank pay", """
Number spoofing
Criminals can make a call look as if it comes from $O. If you get a call like that asking you to move money, hang up, wait five minutes, and call us back on the number printed on your card.
""", "official warning that mentions spoofing of the brand's genuine number"),
    benign("en", "other", "*", """
Who called me from $W?
Reports: 47 · Rating: dangerous
Latest comment: "Said they were $B and my account would be closed unless I paid a fee. Scam!"
Caller type: Scam / fraud
""", "reverse-lookup page flagging the number as a scam", nums="nanp intlplus mobile_uk"),
    benign("en", "official", "*", """
Is this really $B?
Genuine calls from us only come from $O. If you're unsure, hang up and call that number yourself. We will never ask for your full password, PIN or a one-time passcode, and we will never ask you to install software so we can "help".
""", "official page saying which number genuine calls come from"),
    benign("en", "blog", "*", """
Is $O really $B's customer service number?
Yes. $O is the number $B publishes on its own contact page. Be careful with numbers you find in ads or forum posts: several fake "$B helplines" have been reported this year.
""", "third-party post confirming the genuine number"),
    benign("en", "news", "*", """
Consumer complaints about fake helplines doubled last year, the regulator said on Monday. It received 18,240 reports, up from 9,015, and estimated total losses at $$41 million. Search adverts and social-media replies were the most common places victims found the numbers.
""", "statistics news with no phone number", brandless=True),
    benign("en", "news", "*", """
How a fake helpline emptied a pensioner's savings
When Margaret, 74, searched online for "$B phone number", the top result looked official: the right logo, the right colours and a toll-free number. The man who answered was polite and patient. He said her account showed "suspicious activity" and that he needed to connect to her computer to secure it.
Over the next three hours he moved her savings into what he called a protected account. By the time her son arrived, the money was gone.
"It looked exactly like the real thing," she said.
$B said it never asks customers to install software or move money, and urged people to reach it only through its official app or website. Police said the number used in the scam had been disconnected and that enquiries were continuing.
Advice: if a caller asks you to move money or install software, hang up and contact your bank.
""", "long feature on a helpline scam; quotes no phone number", variants=3),
    benign("en", "official", "*", """
$B Terms of Service — Section 12: Support
12.1 You can contact us through the in-app help centre or by phone at $O. Our support team is available every day from 7 am to 11 pm local time.
12.2 We will never ask you for your password, one-time passcodes or recovery phrases, and we do not operate any other phone lines, messaging accounts or "refund departments".
12.3 Requests to close your account are handled in the app under Settings > Account > Close account and are completed within 30 days.
Last updated: 1 March 2026.
""", "official terms with the genuine number and clause numbers"),
    benign("mixed", "news", "*", """
防骗提醒 Scam alert: fraudsters are calling customers and claiming to be from $B's "refund centre". $B says it has no refund centre and never calls about refunds. 如有疑问请通过官方 APP 联系客服。
""", "bilingual scam alert with no number"),
    benign("en", "app", "*", """
$B
Offered by $B · Editors' Choice
The official $B app. Manage your account, track orders and get help 24/7.
Contact: support@$D
""", "official app listing with no phone number"),
    benign("en", "search", "*", """
Scam warning: fake $B support numbers - $B Help
We've seen fake support numbers in search ads and social posts. Our only customer service number is $O.
""", "search result of the brand's own scam-warning article"),
    benign("en", "news", "*", """
Spammers are writing the name as "$B" to slip past filters, researchers said. One campaign tracked by the team pushed the number $W across 900 forum threads in a week before the hosting sites removed them.
""", "research news quoting a separator-broken spelling and the scam number to warn", form="brand_separators",
           nums="nanp intlplus"),
]
