"""Hand-written Chinese benign passages: official pages, warnings, news, own numbers, unrelated digits."""
from passage import benign

PASSAGES = [
    benign("zh", "official", "*", """
联系我们
$B官方客服热线:$O
服务时间:周一至周日 9:00-21:00
温馨提示:$B不会以任何理由要求您转账、提供短信验证码或下载屏幕共享软件。除上述号码外,其他自称$B客服的电话均非官方。
""", "the brand's own contact page with its genuine hotline", variants=3),
    benign("zh", "official", "*", """
关于近期不法分子冒充$B客服实施诈骗的郑重声明
近期,有不法分子在网络上发布虚假的"$B客服电话",以"注销账户""关闭会员""调整征信"为由诱导用户转账。
$B郑重声明:我司唯一官方客服热线为 $O,从未设立任何"注销专线""退款专线",也不会通过个人手机号联系用户。
""", "brand's own anti-fraud statement naming its only genuine line"),
    benign("zh", "news", "loan pay shop", """
警惕!搜索到的"$B客服电话"可能是骗局
记者调查发现,在部分问答平台和论坛上,有人发布以"00"开头的所谓"$B注销客服" $W。市民张女士拨打该号码后,被对方以"注销账户需验证流水"为由骗走 3.8 万元。
警方提醒:00 开头的是境外号码,$B官方客服只有一个,请通过官方 APP 查询。
""", "news report quoting the scam number in order to warn", nums="intl00 intlplus", variants=3),
    benign("zh", "news", "*", """
冒充"$B客服"退款诈骗高发 警方公布典型案例
3 月 18 日,市民李先生接到自称$B客服的电话(号码 $W),称其购买的商品质量有问题可以三倍赔偿,随后诱导他在"备用金"借款 2 万元并转入所谓"安全账户"。
民警提示:凡是自称客服主动提出退款、理赔,又要求下载会议软件、共享屏幕的,都是诈骗。如有疑问请拨打 96110 咨询。
""", "police case report quoting a scam caller's number; 96110 is the anti-fraud line"),
    benign("zh", "official", "*", """
反诈中心提醒
近期接到群众举报,号码 $W 冒充$B客服,以"关闭百万保障""取消会员自动续费"为由实施诈骗。
请广大群众牢记:
① 官方客服不会要求转账;
② 不要点击陌生链接;
③ 不要开启屏幕共享。
如已被骗,请立即拨打 110 报警。
""", "anti-fraud notice quoting a reported scam number; ①②③ are list markers"),
    benign("zh", "forum", "*", """
大家千万别打这个号码!!!$W
自称$B客服,说我的账户要注销,不然影响征信,还让我下载一个会议软件。幸好我老公及时拦下来了。官方客服不会这样的,大家互相提醒。
""", "forum 'do not call this number' warning quoting the scam number", variants=3),
    benign("zh", "forum", "*", """
求问:$W 这个号码是$B官方的吗?今天打给我说我的额度要被冻结。
回复:不是!官方热线是 $O,其他号码一律是骗子,直接挂掉拉黑。
""", "forum reply telling a user the number is fake and giving the genuine one"),
    benign("zh", "blog", "*", """
$B官方客服电话是多少?
$B的官方客服热线是 $O,可在官网底部或 APP"我的-客服"页面查到。需要提醒的是,网上流传的各种"人工专线""注销专线"都不是官方号码,切勿拨打。
""", "third-party explainer repeating the genuine number", variants=3),
    benign("zh", "other", "*", """
问:$B客服电话怎么打?
答:直接拨打 $O 即可,按语音提示选择对应业务,转人工一般需要等待 1-3 分钟。也可以在 APP 里找在线客服。
""", "Q&A answer giving the genuine hotline"),
    benign("zh", "other", "appliance", """
家电维修服务部 · 本地上门
空调、冰箱、洗衣机、热水器维修,各品牌通修。服务热线 $S。
本店为独立第三方维修服务商,与任何品牌厂家无隶属关系,如需原厂保修请联系品牌官方售后。
""", "independent repair shop advertising its own number with a non-affiliation note",
           brandless=True, nums="cn400"),
    benign("zh", "other", "*", """
城西便民开锁换锁 24 小时服务
开锁、换锁芯、安装指纹锁,公安备案,持证上岗。联系电话:$S(王师傅)
收费:普通门锁 80 元,保险柜 200 元起。
""", "local business advertising its own number; no brand claimed", brandless=True, nums="cn400"),
    benign("zh", "other", "shop", """
您的订单已提交成功
订单号:2026052318447120369
下单时间:2026-05-23 18:44
实付金额:¥1,299.00
预计送达:5 月 25 日 12:00 前
如有疑问,请在$B APP"我的订单"中联系在线客服。
""", "order confirmation with an order number, amount and dates; no phone number"),
    benign("zh", "other", "courier", """
$B运单查询结果
运单号:JY4006815237091
2026-06-02 09:13 快件已由【杭州转运中心】发出
2026-06-02 21:40 快件到达【上海浦东集散点】
2026-06-03 08:05 派件中,派件员电话请在 APP 内查看
""", "tracking page whose waybill number contains a 400-like run; no phone presented"),
    benign("zh", "official", "*", """
版权所有 © 2026 $B
ICP备案号:沪ICP备2021004518号-3  公安备案号 31011502008123
营业执照注册号 91310115MA1K4E2X7Q  增值电信业务经营许可证 沪B2-20210331
""", "site footer full of licence and registration numbers, none of them phones"),
    benign("zh", "blog", "*", """
$B最新活动:满 400 减 60,叠加券后最低 7.5 折
活动时间:2026 年 6 月 1 日 00:00 至 6 月 18 日 23:59
参与方式:打开 APP 首页点击活动横幅,领取 3 张优惠券(每张限用一次)。
每人每日限购 2 件,库存 10000 件,售完即止。
""", "promotion with prices, dates and quantities but no phone number"),
    benign("zh", "news", "loan pay", """
"注销账户"骗局再现 多地警方发布预警
近日,多地公安机关通报了一批冒充网贷平台客服实施诈骗的案件。骗子通过搜索引擎、问答网站发布虚假客服电话,受害人主动拨打后,被以"注销学生账户""消除不良征信"为由诱导转账。
警方表示,正规平台注销账户无需转账,更不会影响征信。市民如遇可疑情况,可拨打全国反诈专线 96110 咨询。
""", "news warning without quoting any fake number; 96110 is the anti-fraud line", variants=3),
    benign("zh", "official", "*", """
$B客户服务
● 在线客服:APP 首页右上角"客服"
● 客服热线:$O
● 投诉邮箱:service@$D
我们将在 24 小时内回复您的留言。
""", "official contact block with the genuine number (sometimes obfuscated on purpose)"),
    benign("zh", "blog", "*", """
手机号码格式说明
国内客服热线通常为 400-xxx-xxxx 或 95xxx 的形式,前者为企业统一号码,后者为行业短号。需要注意的是,以"00"开头的号码属于国际长途,正规国内平台的客服一般不会使用。
""", "explainer with placeholder patterns like 400-xxx-xxxx, no real number", brandless=True),
    benign("zh", "forum", "*", """
$B的注销按钮到底在哪?找了半天
回复:我的 → 设置 → 账号与安全 → 注销账号,最下面一行小字,拉到底就看到了。不用打任何电话,网上那些"注销客服"都是骗人的。
""", "forum answer with no number, steering users away from 'closure hotlines'"),
    benign("zh", "other", "*", """
$L
该页面暂时无法访问,请稍后再试。
错误代码 503 | 请求编号 7f3a-22b1-09cd
""", "lookalike domain serving an empty error page with no phone number", variants=3),
    benign("zh", "blog", "*", """
三步教你识别假客服
1️⃣ 看号码:官方号码可在 APP 内查到,搜索引擎里的号码不一定可信;
2️⃣ 看要求:凡是让你转账、贷款、共享屏幕的,一定是骗子;
3️⃣ 看渠道:主动打来说要"注销""退款"的,直接挂断。
转发给家人,一起防骗!
""", "anti-fraud tips using keycap list markers, no phone number", brandless=True),
    benign("zh", "news", "*", """
揭秘假冒客服诈骗:骗子如何让你"主动"上钩
调查中记者发现,一些网页把"$B"写成形近字或加上符号,再配上以 00 开头的号码,以躲避平台审核。这些页面往往标题写着"官方客服",正文却充满错别字。
专家建议:遇到客服问题,一定要从官方 APP 或官网进入,不要相信搜索结果里的电话。
""", "investigative news about obfuscated fake pages; quotes no number"),
    benign("zh", "official", "bank telecom pay", """
$B温馨提示:
我行(司)客服热线为 $O,短信通知仅使用该号码发送。我们不会通过电话要求您提供密码、验证码,也不会要求您将资金转入"安全账户"。
如接到可疑来电,请挂断后主动拨打 $O 核实。
""", "official security tip repeating the genuine number twice"),
    benign("zh", "blog", "*", """
$B怎么联系人工客服?
方法一:拨打官方热线 $O,按语音提示转人工;
方法二:在 APP"帮助中心"底部点击"联系客服";
方法三:关注官方公众号,在菜单中选择"在线客服"。
⚠️ 网上号称"24小时人工专线"的号码多为诈骗,请勿相信。
""", "third-party guide repeating the genuine number with a warning"),
    benign("zh", "other", "appliance", """
$B空调 KFR-35GW/NhGc1B 使用说明书(节选)
额定制冷量:3500W;额定功率:1050W;能效等级:1 级
故障代码 E1:室内温度传感器故障;E2:防冻结保护;E5:过流保护。
保修期限:整机 6 年,压缩机 10 年。维修请联系官方售后 $O。
""", "manual excerpt with model numbers, watts and the genuine after-sales number", variants=3),
    benign("zh", "news", "*", """
网友举报:$W 冒充$B客服诈骗 平台已封禁相关帖子
有网友在社交平台举报,在某问答网站上看到有人发布"$B注销客服 $W",疑似诈骗。平台回应称已删除相关内容并封禁账号。
$B方面表示,官方客服热线仅有 $O,提醒用户提高警惕。
""", "news story quoting the reported scam number alongside the brand's genuine line", nums="intl00 cn400 mobile_intl"),
    benign("mixed", "official", "*", """
$B Customer Service 客服中心
Hotline 客服热线:$O
Our staff will never ask for your password or verification code. 我们不会索要您的密码或验证码。
""", "bilingual official contact block with the genuine number"),
    benign("zh", "forum", "*", """
我在$B的工号是 20230417,想问一下同事们,年会报名截止到几号?群公告里说是 12 月 20 日,但 HR 又说是 18 号。
回复:以 OA 通知为准,12 月 18 日下午 5 点截止。
""", "employee chatter with a staff id and dates; no phone"),
    benign("zh", "forum", "*", """
提醒:最近有人把"$P"写成"$B"发帖,说是官方客服,大家看清楚名字!真正的官方客服号码在 APP 里能查到,帖子里的号码一律别打。
""", "forum warning that quotes a homophone spelling of the brand; no number", form="homophone"),
    benign("zh", "official", "*", """
$B客户服务热线:$O
客服服务时间:全年无休 8:00-22:00
如您对我们的服务有任何意见或建议,欢迎来电。
""", "official page in traditional script with the genuine hotline", form="traditional"),
    benign("zh", "search", "*", """
$B官网 - 客户服务中心
$B官方客服热线 $O,7×24 小时为您服务。在线客服、常见问题、投诉建议,一站解决。
""", "search result of the brand's official service page with the genuine number", variants=3),
    benign("zh", "app", "*", """
$B - 官方正版
开发者:$B官方
应用介绍:$B官方客户端,提供账户管理、在线客服等服务。客服电话:$O。
本应用不会以任何形式向您索要验证码或要求转账。
""", "official app listing with the genuine number"),
    benign("zh", "news", "*", """
$B发布 2025 年度报告:全年营收 406.8 亿元,同比增长 12.4%
报告显示,截至 2025 年 12 月 31 日,$B服务用户超过 1.2 亿,员工 18,300 人。董事会建议每 10 股派发现金红利 4.00 元。
""", "business news full of figures but with no phone number"),
    benign("zh", "official", "*", """
<footer>客服热线:<a href="$TO">$O</a> | 工作时间 9:00-21:00 | 举报邮箱 jubao@$D</footer>
""", "official footer whose tel: link dials the genuine number"),
    benign("zh", "forum", "*", """
楼主:今天接到一个自称$B的电话,号码是 $W,说我的借款利率可以下调,需要先"验证还款能力"。
回复:骗子!别理。我查了$B官方热线是 $O,跟这个完全不一样。
楼主:谢谢提醒,已拉黑并举报。
""", "forum thread exposing a scam caller and contrasting it with the genuine hotline"),
    benign("zh", "news", "*", """
警惕"$B"谐音号客服
警方发现,一些诈骗网页使用"$B"等与$P读音相近的名字,声称提供"注销""退款"服务,诱导用户拨打 $W。
提醒:看到名字相似、号码陌生的"客服",请务必通过官方渠道核实。
""", "news warning quoting a homophone spelling and the scam number", form="homophone", nums="intl00 cn400"),
    benign("zh", "news", "bank pay telecom", """
$B提醒:谨防山寨客服号码
近期出现伪装成 00$OD、400$OD、+86$OD 等类似$B客服号码的诈骗短信和电话。请注意,$B客服热线只有 $O,我行不会主动要求客户提供验证码。
""", "bank warning listing look-alike spoofs of its short code; the only real number is the genuine one"),
    benign("zh", "news", "appliance", """
记者在搜索引擎输入"$B空调维修",排名靠前的几个结果都自称"官网",联系方式为 400-1616-××××、400-8855-××××。
随后记者致电$B官方客服 $O,客服表示$B以 400 开头的服务电话只有这一个,其他号码均不是官方售后。
""", "news investigation with masked numbers and the brand's genuine line"),
    benign("zh", "blog", "loan", """
不少读者说最近总被 0216618 开头的座机反复呼叫,接起来又没人说话,不知道是不是骗子。021 虽然是上海的区号,但外呼系统可以架设在任何地方,单看区号说明不了什么。
稳妥的做法:先挂断,再打开$B APP,在"客服中心"里查到官方号码后自己打过去核实,不要直接回拨陌生号码。
""", "explainer about a caller-number prefix; no complete phone number"),
    benign("zh", "other", "*", """
号码查询结果:$W
标记:诈骗电话(326 人标记)
归属地:境外
最近标记内容:"自称$B客服,说要注销账户,让下载会议软件"
建议:请勿接听或回拨,如已转账请立即报警。
""", "number-lookup page marking the number as fraud", nums="intl00 intlplus mobile_intl cn400"),
    benign("zh", "official", "*", """
關於$B防詐騙提醒
近期有不肖人士假冒本公司客服人員,以「訂單設定錯誤」「分期付款扣款」為由,要求您操作 ATM 或網路銀行解除設定。本公司絕不會如此要求。
如有疑問,請撥打本公司客服專線 $O,或撥打 165 反詐騙諮詢專線查證。
""", "traditional-script anti-fraud notice with the genuine line and the 165 anti-fraud line", form="traditional"),
    benign("zh", "blog", "*", """
$B客服电话 $O 是真的吗?
是真的。$O 是$B在官网和 APP 里公布的官方客服热线,可以放心拨打。但要注意,接到自称$B客服的来电时,号码不同就要提高警惕,对方要求转账一律拒绝。
""", "explainer confirming the genuine number"),
    benign("zh", "news", "*", """
多部门联合整治"山寨客服"
据介绍,今年以来,相关部门共清理仿冒企业客服的网页 1.2 万个,封禁违规账号 3,400 余个。监管部门表示,将推动搜索引擎对"客服电话"类关键词的结果进行人工审核,并要求平台在显著位置标注官方号码。
""", "policy news with statistics; no phone number", brandless=True),
    benign("zh", "news", "loan pay shop video", """
"客服"来电称要关闭"百万保障" 市民险些被骗 12 万元
本报讯 日前,市民刘女士接到一个陌生来电,对方自称$B客服,准确说出了她的姓名和手机号,称她此前开通的"百万保障"服务即将到期,如果不手动关闭,每月将自动扣费 800 元,还会影响个人征信。
在对方指导下,刘女士下载了一款会议软件并开启了屏幕共享。对方又以"核验资金"为由,让她把两张银行卡里的钱转到所谓的"监管账户"。就在她准备转出第二笔钱时,银行工作人员发现异常并及时报警。
民警介绍,"百万保障"是平台免费提供的保障服务,不存在到期扣费的说法。凡是自称客服、要求下载软件或共享屏幕的,都是诈骗。民警提醒,如有疑问请通过官方 APP 核实,或拨打 96110 反诈专线咨询。
目前,该案正在进一步侦办中。
""", "long news report of an impersonation scam; only the 96110 anti-fraud line is given", variants=3),
    benign("zh", "official", "*", """
$B用户服务协议(节选)
第八条 客户服务
8.1 您在使用本服务过程中遇到任何问题,可通过以下方式联系我们:(1)APP 内"我的-客服中心"在线客服;(2)客服热线 $O;(3)官方网站 $D 的"帮助中心"。
8.2 我们将在收到您的问题后 24 小时内予以回复,复杂问题将在 15 个工作日内处理完毕。
8.3 我们不会通过任何非官方渠道(包括但不限于个人手机号、社交软件个人账号)为您办理账户注销、退款或征信相关业务。
第九条 协议的变更
9.1 本协议于 2026 年 3 月 1 日修订,自发布之日起生效。
""", "official terms-of-service excerpt with the genuine hotline, dates and clause numbers"),
    benign("zh", "official", "loan appliance courier", """
联系我们
全国客服热线:$O(免长途费)
境外用户请拨打:+86 $O
客服邮箱:kefu@$D
""", "official contact page giving the genuine 400 line, also with +86 for callers abroad"),
    benign("mixed", "official", "*", """
$B Help Centre 帮助中心
Official hotline 官方热线:$O
We do not have any other customer-service numbers. 除此之外没有其他客服电话。
Beware of fake "refund" calls. 谨防假冒退款来电。
""", "bilingual official help page with the genuine number"),
    benign("zh", "app", "*", """
$B(官方版)
开发者:$B科技有限公司
【新功能】优化了客服中心入口;
【客服】官方热线 $O,在线客服 9:00-22:00。
评分 4.6 · 500万+ 次下载
""", "official app listing with the genuine hotline"),
    benign("zh", "search", "*", """
$B注销账户教程 - 官方帮助中心
注销路径:APP → 我的 → 设置 → 账号与安全 → 注销账号。注销前请确认无未结清借款、无进行中的订单。官方客服 $O。
""", "search result of the official help article with the genuine number"),
    benign("zh", "forum", "*", """
版主公告:最近发现大量帖子把"$P"写成"$B"这种中间夹符号的样子来躲避审核,后面再跟一个所谓的客服电话。此类帖子一律删除封号,请大家看到就举报,不要拨打帖子里的任何号码。
""", "moderator notice quoting the separator-broken spelling; no number", form="brand_separators"),
    benign("zh", "official", "bank pay telecom", """
關(guān)于防范假冒客服詐騙的風(fēng)險提示
近日出現(xiàn)冒充$B客服的詐騙電話,以提升額度、積分兌換等名義騙取客戶信息。$B客服熱線為 $O,我們不會主動索要驗證碼。
""", "traditional-script official notice with pinyin-annotation noise and the genuine number", form="traditional"),
]
