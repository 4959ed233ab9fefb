"""Rules: small generators that turn facts about a page (or one of its numbers) into signals."""
