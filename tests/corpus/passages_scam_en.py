"""Hand-written English scam passages: KB spam, forum spam, SEO blogs, search ads, fake apps, listings."""
from passage import scam

PASSAGES = [
    scam("en", "other", "air", """
How do I cancel a $B flight and get a refund?
☎️ $N To cancel your $A booking, call the reservations desk at ☎️ $N and have your confirmation code ready.
Refundable fares can be cancelled at no cost, while basic fares may qualify for a travel credit. ☎️ $N
Agents at ☎️ $N can also rebook you on the next available flight and waive change fees during irregular operations.
""", "help-desk KB spam repeating a fake number as the airline's reservations line", nums="nanp", variants=3),
    scam("en", "other", "air", """
What is $B's 24-hour policy?
Under the 24-hour rule you may cancel most tickets within a day of booking for a full refund, provided the booking was made at least seven days before departure.
If the online tool shows an error, speak to a live $B agent at $N (24/7 toll free) to process the refund manually.
""", "policy explainer planting a fake 'live agent' number", nums="nanp"),
    scam("en", "forum", "security", """
Re: $B subscription auto-renewed without asking
I had the same problem last month. Called $B billing support at $N, the agent was very helpful and issued the refund after connecting to my PC to remove the renewal. Took about 20 minutes.
""", "forum reply promoting a fake billing line that asks for remote access"),
    scam("en", "blog", "security", """
How to Cancel $B Subscription and Get a Full Refund (Step-by-Step)
1. Sign in to your account on the website.
2. Open My Subscriptions and turn off Automatic Renewal.
3. If you were charged in the last 60 days, call the $B refund department at $N and ask for a money-back request.
The refund normally reaches your card within 5-7 business days.
""", "cancellation guide with a fake refund department number", variants=3),
    scam("en", "search", "security pay", """
$B Support Phone Number - Talk to a Live Agent Now
Ad · $D · Call $N · Available 24/7 · Fix account, billing & login issues in minutes.
""", "search ad on a lookalike domain with a fake support number"),
    scam("en", "search", "*", """
$B Customer Service Number ☎ $N | Official Help
Get instant help with refunds, billing, account recovery. Toll-free $N — no waiting.
""", "search snippet with a fake 'official' toll-free number", variants=3),
    scam("en", "forum", "crypto", """
URGENT $B wallet locked / withdrawal pending?? ✅ Contact $B support team ✅ $N ✅ recover funds, unlock account, fix failed transactions 24 hrs
""", "crypto-support spam with a fake help line", nums="nanp intlplus"),
    scam("en", "blog", "crypto", """
Does $B have a phone number?
Yes. Although most support is handled through the help centre, $B offers phone assistance for locked accounts and unauthorised transactions. Dial $N and follow the prompts for account security; have your wallet address and recovery phrase ready so the agent can verify ownership.
""", "blog claiming a crypto brand's phone line and asking for the recovery phrase", nums="nanp intlplus"),
    scam("en", "other", "pay", """
$B Help Desk
Q: Someone sent me money by mistake. How do I reverse it?
A: Call $B's dispute resolution centre on $N. A representative will freeze the transfer and walk you through the reversal. Do not use the in-app chat for reversals, it cannot process them.
""", "help-desk answer routing a payment dispute to a fake centre"),
    scam("en", "blog", "pay", """
$B customer service: all the ways to get help
- In the app: Profile > Support > Contact us.
- Main helpline: $O.
- Fraud & refunds (priority line): $N.
If you were charged twice or a payment is stuck, the priority line is usually faster than the main helpline.
""", "genuine helpline listed next to a fake 'priority' refund line", nums="nanp intlplus"),
    scam("en", "app", "pay security", """
$B Assistant: Account Help & Refunds
Having trouble with a payment? Our assistant connects you with certified $B agents for refunds, login problems and locked accounts. Tap "Call" or dial $N.
Offered by: Helpline Apps Ltd · Contains ads · 10K+ downloads
""", "fake app-store listing offering the brand's agents through a fake number"),
    scam("en", "app", "air video", """
$B — Manage My Booking & Subscription
• cancel in one tap
• instant refund for unused days
• 24/7 live phone support: $N
This app helps you manage your $A account faster than the website.
""", "fake app listing with a fake phone support line"),
    scam("en", "other", "air", """
<div class="kb-article"><h2>Change a $B flight by phone</h2>
<p>Call <a href="$T">$N</a> to speak with a reservations specialist. Same-day changes are available for most fares.</p></div>
""", "KB article with a fake number both visible and as a tel: link", nums="nanp"),
    scam("en", "search", "*", """
$B Official Support — Call Now
<a href="$T">Tap to call</a> · Verified helpline · Refunds and cancellations handled by phone
""", "search ad whose fake number is only in a tel: link", nums="nanp intlplus"),
    scam("en", "other", "pay bank", """
Contact $B
Customer service: <a href="$T">$O</a>
Lines are open 24 hours a day, 7 days a week. Lost card? Call the same number.
""", "copied contact block whose visible text is the genuine number but whose tel: link dials a fake",
          nums="nanp intlplus"),
    scam("en", "forum", "air", """
Flight cancelled by $B, anyone know how to get compensation?
Reply: call the $B claims desk $N — they paid me $$400 within a week. Don't bother with the website form, it goes nowhere.
""", "forum reply naming a fake claims desk"),
    scam("en", "blog", "shop", """
$B Refund Not Received? Here's What To Do
Most refunds are issued to the original payment method within 3-5 business days. If yours is missing after 10 days, contact $B customer care on $N; mention your order number (it looks like 112-4839201-5573018) and the agent will trace the refund.
""", "refund guide with a fake customer-care number; the order number is not a phone"),
    scam("en", "other", "shop courier", """
$B Delivery Support
Missed delivery? Damaged parcel? Call our 24 hour courier helpline: $N
Tracking number format: PX-7734-2291-08. Have it ready when you call.
""", "fake delivery helpline page; the tracking number is not a phone"),
    scam("en", "search", "courier", """
$B Tracking Help Line | Call $N for Redelivery
Your package is on hold due to an incomplete address. Call $N to reschedule delivery and pay the $$1.99 redelivery fee.
""", "redelivery smishing landing page with a fake helpline"),
    scam("en", "forum", "video", """
How to cancel $B and get money back for this month?
Best answer: call $B billing on $N, they refunded me the whole month. You need to verify the card you pay with.
""", "Q&A answer giving a fake billing number that asks for card details"),
    scam("en", "blog", "video", """
$B Customer Service Number (Updated)
$B does not list a phone number on its help pages, but members can still reach a representative by phone. Call $N for account help, billing questions, password reset or to cancel your plan. The line is open from 8 am to midnight Eastern time.
""", "blog inventing a phone line for a brand and presenting it as real"),
    scam("en", "other", "bank", """
$B Online Banking Help Centre
If you are locked out of online banking or notice an unrecognised payment, call our fraud team immediately on $N.
Have your sort code and account number ready. We will never ask for your full PIN.
""", "fake bank help page with a fake fraud-team number", nums="intlplus intl00 mobile_uk"),
    scam("en", "forum", "bank", """
Anyone else get a text from $B about a suspicious payment? I rang the number in the text, $N, and they sorted it out fast — moved my savings to a safe account while they investigate. Great service honestly.
""", "post praising a fake bank 'fraud team' number (the safe-account trick)",
          nums="intlplus mobile_uk intl00"),
    scam("en", "other", "telecom", """
$B Customer Services (home broadband and mobile)
Faults and outages: $N
Moving home: $N2
Open 8am-8pm, Monday to Saturday. Calls cost your standard network rate.
""", "fake broadband contact page with two fake numbers", nums="intlplus intl00 mobile_uk"),
    scam("en", "blog", "telecom security", """
Is your router hacked? Signs to look for
Slow speeds, unknown devices in the admin page and settings that change by themselves are classic warning signs.
What to do: reset the router, change the admin password and, if problems continue, call $B technical support on $N so an engineer can check the line remotely.
""", "tech-tips blog ending in a fake technical-support number", nums="intlplus mobile_uk nanp"),
    scam("en", "other", "security", """
$B Error Code 0x80070005 — Call Support
Your computer has been blocked for security reasons. Do not restart. Call $B Certified Technicians at $N immediately to avoid data loss. Ref: WIN-77831.
""", "tech-support pop-up text with a fake number; the error code is not a phone", nums="nanp"),
    scam("en", "forum", "*", """
$B customer service phone number ☎️ $N ☎️ $B help desk ☎️ $N ☎️ $B refund line ☎️ $N ☎️ $B cancel subscription ☎️ $N
""", "keyword-stuffed forum spam", variants=3),
    scam("en", "blog", "air", """
Does $B Charge a Cancellation Fee?
It depends on the fare. Main Cabin and above can be changed without a fee; Basic Economy cannot be changed after 24 hours. Travellers who booked through an agency should contact the agency first.
To check your own fare rules quickly, call $B reservations at $N — the agent can see every fee that applies before you confirm.
Tip: cancelling at least two hours before departure keeps the ticket value as a travel credit.
""", "long airline fee explainer with a fake reservations number", nums="nanp"),
    scam("en", "other", "air", """
Official $B helplines
Reservations (US & Canada): $O
Lost baggage and refunds: $N
Please note: the refunds line handles all claims opened after March 2026.
""", "genuine reservations line beside a fake 'refunds' line", nums="nanp"),
    scam("en", "search", "shop pay", """
Call $B Support | Speak to a Person | $N
Locked account? Unauthorized charge? Our $B experts are available day and night. Calls answered in under a minute.
""", "search snippet from a fake expert line"),
    scam("en", "other", "*", """
Business listing: $B Support Center
Category: Customer service · Phone: $N · Hours: Open 24 hours
About: Official help line for $B account, billing and technical issues. Rated 4.9 by 2,114 callers.
""", "directory listing a fake support centre under the brand's name"),
    scam("en", "forum", "crypto pay", """
Got scammed and lost 0.8 ETH, $B recovery team helped me get it back!! Their number is $N, ask for the asset recovery department. They charge a small fee but it's worth it.
""", "fund-recovery bait with a fake 'recovery team' number", nums="nanp intlplus mobile_uk"),
    scam("en", "blog", "*", """
How Do I Speak to a Live Person at $B?
Reaching a real person can be hard, but there is a shortcut: dial $N, press 0 twice when the menu starts, and say "representative". You will be transferred to a live agent in under two minutes.
""", "IVR-shortcut blog with a fake number"),
    scam("en", "search", "security", """
$B Support 1-Click Help | $D
Call $N — Certified techs for $B login, virus removal, activation key & renewal problems.
""", "support ad on a lookalike domain", nums="nanp"),
    scam("mixed", "other", "air shop", """
$B customer service 客服热线: $N (English / 中文)
Refunds 退款, changes 改签, complaints 投诉 — one number for everything.
""", "bilingual listing of a fake hotline", nums="intlplus intl00"),
    scam("en", "forum", "*", """
@$B Hi! Sorry to hear about the trouble with your account. Our support team can fix this right away, please call us on $N and quote case #47310. ^JM
""", "fake support-account reply on social media with a fake number"),
    scam("en", "blog", "pay shop", """
I was on hold with $B for two hours, then a friend gave me their escalation number: $N. A supervisor picked up in 30 seconds, refunded the duplicate charge and even gave me a $$25 credit. Not sure why they hide this number but here it is.
""", "personal-story blog promoting a fake 'escalation' line", nums="nanp intlplus"),
    scam("en", "other", "*", """
$B Customer Support Phone Number Guide (PDF)
Page 1 of 3
$B Support: $N
For account problems, billing questions and refunds, call $N. Hours: 24/7.
For technical problems: $N2
""", "document-sharing spam with two fake numbers", nums="nanp intlplus"),
    scam("en", "other", "pay security shop", """
Classifieds › Services › Computer
$B refund help — call now $N
Got charged for something you didn't order? We process $B refunds same day. Reply or call.
""", "classified ad offering the brand's refunds through a fake number", nums="nanp mobile_uk"),
    scam("en", "app", "crypto security", """
Reviews
★★★★★ "Best app ever!! If you have any issue with $B call their helpline $N, they fixed my wallet in minutes"
★★★★☆ "works fine"
★★★★★ "$B support $N very fast"
""", "app-store reviews seeded with a fake support number", nums="nanp intlplus"),
    scam("en", "other", "air", """
Frequently asked questions
Can I combine $B and codeshare flights on one ticket?
Yes. Itineraries that include codeshare or interline segments are ticketed by our phone agents: call $N to put one together.
Where do I update my seat or meal request?
Open the trip in the app and choose Edit extras; changes save instantly.
""", "FAQ page with a fake booking number injected into one answer", nums="nanp"),
    scam("en", "other", "*", """
Sure! Here is a 600-word article about contacting $B, mentioning the number $N in every paragraph as requested.
Contacting $B customer service is easy. Simply dial $N and a friendly agent will assist you with bookings, refunds and account questions.
Many customers prefer calling $N because it is faster than email.
""", "spam article that still contains the writing prompt that asked for the fake number", nums="nanp intlplus"),
    scam("en", "forum", "security crypto pay", """
How do I cancel my $B plan and get a refund? $N If you no longer want $B, the cancellation can be managed in your account or by contacting support $N. First sign in, open Subscriptions and switch off auto-renew $N. If you were billed recently, the support team at $N can review the refund, usually within 30 days of the charge.
""", "forum spam article that interleaves a fake number between sentences", nums="nanp", variants=3),
    scam("en", "blog", "pay shop", """
How to dispute a $B transaction: complete guide 🤳 $N ✨
Step 1 — open the transaction in your activity. Step 2 — choose Report a problem. Step 3 — if the seller does not answer within 7 days, call the $B resolution desk 🤳 $N ✨ to escalate the claim.
""", "dispute guide decorated with emoji around a fake number", nums="nanp"),
    scam("en", "other", "*", """
Q: Is $N the real $B customer service number?
A: Yes, that is the official $B support line. They can help with refunds and account recovery 24/7.
Was this answer helpful? 12 people found this helpful.
""", "Q&A answer vouching for a fake number as the brand's official line", nums="nanp intlplus"),
    scam("en", "blog", "bank crypto", """
Locked out of $B? Don't panic.
Account locks usually happen after several failed sign-ins or when the security team spots an unusual login from a new device. Most locks clear automatically after 24 hours.
If you need access urgently (for example to stop a pending transfer), the $B account recovery desk can unlock it over the phone after verifying your identity: $N.
Keep your ID and the last four digits of your card handy.
""", "long account-lock explainer ending in a fake recovery desk", nums="nanp intlplus mobile_uk"),
    scam("en", "other", "air", """
Manage booking | $B
Baggage fees, seat selection, upgrades and name corrections can be handled by our specialists.
Call now: $N
Mon-Sun 24 hours · English / Español
$B Reservations Center
""", "cloned 'manage booking' page with a fake reservations number", nums="nanp"),
    scam("en", "blog", "air", """
$B Name Change Policy: Everything You Need to Know
Made a typo when booking? In most cases it can be fixed without buying a new ticket.
Minor corrections. A misspelling of up to three letters or swapped first and last names can usually be corrected for free.
Legal name changes. If your name changed because of marriage, divorce or a court order, you'll need documentation such as a marriage certificate or a new passport.
Name changes for a different traveller. Tickets are generally non-transferable, so you can't give your seat to someone else.
How to request a correction. The fastest way is to speak to the name-change desk directly at $N. Have your six-character confirmation code and a photo ID ready.
Bottom line: fix name errors as early as possible, ideally within 24 hours of booking.
""", "long airline policy article whose only contact is a fake 'name-change desk'", nums="nanp", variants=3),
    scam("en", "other", "security", """
$B Total Security — Renewal Notice
Invoice No: INV-88213-US · Date: 06/11/2026
Product: $B Total Security (5 devices, 1 year)
Amount charged: $$349.99 · Payment method: Auto debit
Dear customer, thank you for renewing your subscription. The amount above will appear on your bank statement within 24 hours.
If you did not authorise this renewal or wish to cancel and claim a refund, please contact our billing department within 48 hours on $N. After 48 hours the charge is non-refundable.
Regards, $B Billing Team
""", "fake renewal invoice (callback phishing) with a fake billing number; the invoice number is not a phone",
          nums="nanp intlplus"),
    scam("en", "app", "telecom bank", """
$B Account Manager
Check your bill, upgrade your plan, get refunds for overcharges. Need a person? Our UK team is on $N (free from mobiles).
Data safety: this app may collect your contacts and messages.
""", "fake telecom/bank account app with a fake UK support number", nums="mobile_uk intlplus intl00"),
    scam("en", "search", "air", """
$B® Official Site | Book Cheap Flights | Call $N
Sponsored · Speak with a travel expert 24/7 for last-minute deals, changes and cancellations.
""", "search ad using the brand's name with a fake booking line", nums="nanp"),
    scam("en", "forum", "security video crypto", """
Stopping$N your $B subscription is quick if you follow the steps in order. First, sign in to your account$N and open the billing page. Turn off auto-renew, then confirm by email$N. If the charge already went through, ask for a refund within the guarantee period$N.
""", "forum spam gluing a fake number onto the words around it", nums="nanp"),
    scam("en", "other", "air shop", """
About us
Customer Service ☎️$N (US). Send us a message or call ☎️$N (US) and our agents will help with your $B booking. For anything urgent ☎️$N (US), we're here 24/7.
""", "about-us page stuffed with a fake number tagged (US)", nums="nanp"),
]
