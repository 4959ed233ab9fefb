"""Hand-written English passages where capitals sit right beside digits (codes, acronyms, a florist's vanity line).

The corpus's brands do not configure vanity letters, so none of these capitals may become a number: a
scam's fake-number set stays exactly the numbers written in digits, and a benign page stays number-free
apart from the brand's own.
"""
from passage import benign, scam

PASSAGES = [
    scam("en", "forum", "pay bank", """
$B ACCOUNT LOCKED?? CALL NOW 24 HRS - $B SECURITY DESK $N - ASK FOR THE VIP LINE, HAVE YOUR LAST 4 SSN AND PIN READY. REF 2026-FAQ
""", "shouting spam with acronyms around a fake security desk number", nums="nanp intlplus"),
    scam("en", "blog", "security shop", """
Fix $B error 0x80070005 ACCESS DENIED in 5 STEPS
Step 1: restart in SAFE MODE (press F8). Step 2: run SFC /SCANNOW. If error code 404 NOT FOUND or 0xC0000005 still shows, the $B technical support team at $N will clear it remotely, 24/7, model 4K-UHD and 8GB RAM PCs included.
""", "tech-support blog that buries a fake support number among error codes"),
    benign("en", "other", "shop security", """
$B product listing - SKU-ABC-123 - Model 55 OLED 4K UHD, 3 HDMI 2.1 ports, 120HZ panel, 2 YEAR WARRANTY.
Questions about your order? $B customer service: $O. Order ref 2026-XYZ-88, pallet 12 LOT 7.
""", "the brand's own listing: product codes and acronyms beside digits, the genuine number"),
    benign("en", "blog", "shop pay", """
Mother's Day gift guide: we ordered through 1-800-FLOWERS and paid with $B. Delivery in 24 HRS to all 50 US states; the florist's own line handled the card message. For payment questions $B's number is $O.
""", "a gift blog naming a florist's vanity line and the brand's genuine number"),
]
