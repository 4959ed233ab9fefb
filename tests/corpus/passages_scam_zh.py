"""Hand-written Chinese scam passages: fake hotlines in search snippets, forums, Q&A, SEO blogs, listings, apps."""
from passage import scam

PASSAGES = [
    scam("zh", "search", "loan", """
$B人工客服电话_$B注销账户官方热线 - 24小时在线
$B官方客服电话:$N,提供注销账户、消除征信记录、退还多收利息等服务。工作时间 8:00-22:00,节假日不休。
""", "search snippet presenting a fake line as the official loan-app hotline", nums="intl00 cn400 intlplus"),
    scam("zh", "forum", "loan", """
楼主问:$B的账户怎么注销?一直收到催款短信,想彻底关掉。
2楼:我之前也是,打了$B客服 $N 转人工,说是要先验证流水,按照指引操作就注销了,大家可以试试。
3楼:顶一下,人工客服确实有用。
""", "forum reply planting a fake cancellation line as helpful advice"),
    scam("zh", "blog", "loan", """
$B客服电话是多少?$B注销流程详解(2026最新)
很多用户反映在APP里找不到注销入口。其实只要拨打$B全国统一客服热线 $N,说明需要注销账户,客服会在三个工作日内处理。
注意事项:
一、注销前请结清所有借款;
二、如果被收取了会员费、担保费,可以一并申请退款;
三、客服可能会要求开启屏幕共享协助操作,这是正常流程。
""", "SEO blog 'how to close the account' with a fake national hotline and a screen-sharing lure", variants=3),
    scam("zh", "other", "loan", """
问:$B怎么联系人工客服?
答:$B人工客服电话 $N(24小时),拨通后按0转人工。如果提示号码不存在,请在号码前加拨00。
最佳答案 · 1.2万人觉得有用
""", "Q&A answer giving a fake human-agent line", nums="intl00 mobile_intl intlplus"),
    scam("zh", "app", "loan", """
$B助手 - 借款 · 还款 · 注销一站式服务
应用简介:本应用提供$B账户查询、额度提升、会员退订及注销服务。
如需人工协助,请直接致电官方客服专线 $N,工作人员将一对一指导您完成操作。
开发者:星云信息服务工作室  版本 2.3.1  更新日期 2026-03-02
""", "fake app listing claiming the brand's name with a fake hotline in the description"),
    scam("zh", "blog", "loan pay", """
$A官方客服渠道汇总
1. APP内在线客服:我的 → 帮助与客服;
2. 官方客服热线:$O(工作日 9:00-21:00);
3. 注销/退费专线:$N(境外坐席,人工优先接入)。
如遇热线繁忙,可直接拨打第三条专线,处理速度更快。
""", "genuine hotline listed beside a fake 'cancellation and refund' line", nums="intl00 intlplus mobile_intl"),
    scam("zh", "forum", "loan pay shop", """
【经验分享】$B会员费退款成功了!!!
之前开通了所谓的加速审核会员,扣了我 299 元。官方热线一直排队,后来在群里问到一个退费通道:$N,
客服小姐姐很耐心,让我下载一个会议软件共享屏幕,半小时就把钱退回来了。需要的姐妹可以试试。
""", "forum post promoting a fake refund channel with a screen-sharing step"),
    scam("zh", "search", "loan", """
$B客服电话 - 官方
广告  $B注销中心 | 全国统一服务热线 $N
一键注销 · 取消自动扣款 · 关闭借款额度
""", "search ad posing as the brand's cancellation centre"),
    scam("zh", "other", "appliance", """
$B售后服务电话 - 全国统一客服热线
$B空调/热水器/洗衣机/冰箱报修:$N
服务区域:全国各区县均有网点,接到报修后 30 分钟内响应,2 小时内上门。
服务项目:不制热、不制冷、漏水、显示故障代码、移机加氟、清洗保养。
收费标准:上门检测费 50 元,维修另计,明码标价。
""", "B2B/classified listing presenting a fake after-sales line as the brand's", nums="cn400", variants=3),
    scam("zh", "other", "appliance", """
[家电维修] $B燃气热水器售后服务中心电话|各区网点
发布日期:2026年04月11日 浏览次数:
联系人:李师傅(客服)
$N
$B全国服务热线:$N
本中心承接$B全系列产品的安装、维修、保养,正规发票,质保九十天。
""", "classified ad repeating a fake number as the brand's service centre", nums="cn400"),
    scam("zh", "blog", "appliance", """
$B冰箱不制冷怎么办?先别急着换,试试这几步
第一步,检查温控旋钮是否被调到了"0"档;第二步,看看冷凝器背面灰尘是否过多;第三步,听压缩机是否在运转。
如果以上都正常还是不制冷,建议直接联系$B官方售后:$N,师傅会带原厂配件上门。
""", "how-to blog ending in a fake official after-sales number", nums="cn400"),
    scam("zh", "forum", "appliance", """
谁知道$B热水器显示E1是什么故障?
回复:点火失败,一般是燃气阀没开或者点火针积碳。自己处理不了就打$B售后电话${N}吧,我家上周刚修过,师傅挺专业。
""", "forum reply giving a fake after-sales line", nums="cn400"),
    scam("zh", "other", "air", """
$B机票退改签人工客服电话 $N
航班延误、取消、行程变更均可申请全额退票。请勿在APP内自行操作,以免产生高额手续费。
退改政策:起飞前 24 小时以上申请免收退票费;特价票可由人工客服协助特殊处理。
""", "fake airline refund line telling users to avoid the official app", nums="intl00 cn400 intlplus"),
    scam("zh", "search", "air", """
$B航班取消/延误理赔 - 官方理赔中心
您的航班因机械故障取消,可获得 300 元延误补偿。请拨打理赔专线 $N 办理,需提供银行卡信息用于打款。
""", "search result mimicking a compensation notice with a fake claims line"),
    scam("zh", "blog", "air", """
【$B客服电话大全】
国内机票预订:$O
国际航班退改:$N
行李延误与理赔:$N2
温馨提示:国际航班退改请优先拨打第二个号码,享受专属坐席服务。
""", "directory mixing the genuine line with two fake 'international' lines",
          nums="intl00 intlplus mobile_intl"),
    scam("zh", "forum", "video", """
未成年人游戏/视频充值怎么退款?亲测有效!
孩子偷偷用我的手机在$B充值了 1680 元,联系了$B未成年退款专线 $N,提供孩子身份证和充值记录,三天就全额退回了。
家长们一定要保存好充值截图。
""", "minor-refund scam line posted as a parent's success story"),
    scam("zh", "other", "video", """
$B会员自动续费怎么取消?
您好,$B会员自动续费可通过人工客服取消并退还近三个月费用。客服热线:$N(7×24小时)。
如客服占线,请添加客服专员手机(微信同号)进行人工处理。
""", "help-desk style article with a fake membership-refund line", nums="cn400 mobile_intl intl00"),
    scam("zh", "app", "video", """
$B客服中心 · 会员管理
★ 一键取消自动续费
★ 误扣费用极速退还
★ 专属人工坐席 $N
本应用由会员服务中心提供,数据安全有保障。评分 4.8 · 1万+ 下载
""", "fake app listing offering membership refunds through a fake line"),
    scam("zh", "search", "pay", """
$B客服电话人工服务热线 - 百万保障取消
$B百万保障服务即将到期自动扣费?请立即拨打$B官方客服 $N 关闭,避免每月扣款 800 元。
""", "search snippet for the 'million-coverage cancellation' scam with a fake line"),
    scam("zh", "blog", "pay", """
$B账户被冻结怎么办?解封方法看这里
账户被冻结通常是因为交易异常或者实名信息不完整。解封流程:
(1)打开$A,进入"我的-设置-账号与安全";
(2)按提示完成人脸识别;
(3)如仍无法解封,请致电$B解冻专线 $N,由安全专员为您加急处理。
""", "unfreeze how-to ending in a fake 'unfreeze line'"),
    scam("zh", "other", "pay shop", """
$B商家客服入驻热线 $N
商户资金结算、保证金退还、店铺解封,请拨打上方热线。服务时间:周一至周日 09:00-23:00。
合作咨询:$N2
""", "directory listing inventing merchant hotlines for the brand", nums="cn400 intl00"),
    scam("zh", "forum", "shop", """
求助!!$B客服说我开通了学生金融贷款,不关闭会影响征信……
回复1:别慌,这是骗子。但如果真开了可以打$B官方注销电话 $N 自己核实一下。
回复2:同楼上,我打过这个号码,很快就关掉了。
""", "forum thread that first warns, then plants a fake 'closure' line presented as official"),
    scam("zh", "blog", "shop", """
$B外卖退款找谁?$B人工客服电话多少?
订单超时、餐品洒漏、商家拒不退款,都可以直接联系平台人工客服。$B人工客服热线:$N,转人工后报订单号即可。
小技巧:晚上九点以后拨打基本不用排队。
""", "SEO blog naming a fake 'human agent' line for refunds", nums="cn400 short"),
    scam("zh", "other", "courier", """
$B快件丢失/破损理赔中心
客服热线:$N
理赔流程:提供运单号 → 客服核实 → 填写收款账户 → 24 小时内赔付到账。
运单号示例:JY2026041800731(请勿泄露给他人)
""", "fake courier claims centre with a fake line; the waybill number is not a phone",
          nums="cn400 intl00 short"),
    scam("zh", "search", "courier", """
$B官方客服电话 - 查件 · 投诉 · 理赔
$B客服电话:$N 丨 全国统一热线 丨 7×24 小时人工服务
""", "search result with a fake courier hotline", nums="cn400 short"),
    scam("zh", "forum", "bank", """
【求助】$B信用卡分期提前还款怎么操作?
网友热心回复:直接打$B信用卡中心的人工专线 $N,比官方热线好打多了,报身份证号就行。
""", "forum reply steering a bank customer to a fake 'card centre' line", nums="intl00 mobile_intl cn400"),
    scam("zh", "blog", "bank telecom", """
$B官方热线 $O 长期占线怎么办?
很多用户反映工作日打不进去。其实还有一个不对外公布的 VIP 人工通道:$N,接通率接近百分之百,
可办理套餐变更、注销、投诉升级等业务。
""", "blog pairing the genuine hotline with a fake 'VIP channel'", nums="intl00 intlplus mobile_intl"),
    scam("zh", "other", "*", """
$B客服电话
$N
$B客服电话
$N
$B人工客服 24小时 $B客服电话 $N
""", "keyword-stuffed spam page repeating a fake hotline", variants=3),
    scam("zh", "blog", "loan", """
借款逾期被催收轰炸?教你一招
很多朋友在$B借了钱,逾期几天就被爆通讯录。其实可以通过官方协商渠道申请停催、延期还款甚至减免罚息。
$B协商还款中心:$N(法务部直线)
拨通后说明"申请个性化分期",客服会根据你的情况出方案。记得全程录音。
""", "debt-negotiation bait with a fake 'legal department' line", nums="intl00 cn400 mobile_intl"),
    scam("zh", "other", "loan pay", """
<h1>$B客服热线</h1>
<p>如需帮助,请点击下方按钮直接拨打人工客服。</p>
<a href="$T" class="btn-call">立即拨打</a>
<p>服务时间:全天 24 小时</p>
""", "HTML page whose only number is in a tel: link", nums="cn400 intl00 intlplus"),
    scam("zh", "search", "*", """
$B人工客服电话 | 点击拨打 ☎ $N
<a href="$T">一键呼叫$B客服</a> · 官方认证 · 极速响应
""", "search ad with a fake number both shown and in a tel: link", nums="cn400 intl00"),
    scam("zh", "other", "appliance", """
$B官方售后服务热线 $O
如遇上述热线占线,请拨打$B区域服务中心电话 $N(就近派单,免上门费)
<a href="$T">拨打区域服务中心</a>
""", "genuine national line beside a fake 'regional centre' line with a tel: link", nums="cn400"),
    scam("zh", "forum", "loan pay", """
注销了三次都没成功……最后找到了$B官方客服经理的手机 $N(微信同号),加了之后让我先转 200 元"解冻保证金",说注销后原路退回。
有没有人也是这样办的?靠谱吗
""", "post giving a 'customer-service manager' mobile as the brand's contact", nums="mobile_intl mobile_intl"),
    scam("zh", "app", "loan", """
$B极速版 · 安全借款
- 最高可借 20 万,年化利率低至 7.2%
- 审核不通过全额退还会员费
- 退费专线:$N
- 在线时间 09:00-21:00
用户评价:客服态度很好,退费很快!
""", "fake 'express edition' app with a fake refund line"),
    scam("zh", "blog", "*", """
$B客服电话多少?这篇文章告诉你
在使用$A的过程中,难免会遇到各种问题,比如账户异常、扣费不明、订单纠纷等。这时候联系人工客服是最快的解决方式。
经过小编多方核实,$B官方人工客服电话为:$N。
该热线支持:账户注销、费用退还、投诉建议、业务咨询。
如果拨打时提示"您拨打的号码有误",请确认是否已在号码前加拨国际长途前缀。
以上就是关于$B客服电话的全部内容,希望对你有所帮助。
""", "long SEO article stating a fake number as verified official", nums="intl00 intlplus", variants=3),
    scam("zh", "search", "*", """
$B全国统一客服热线 $N - 官方电话
$B客服中心提供 7×24 小时服务,全国统一服务号码 $N,请认准官方热线,谨防诈骗。
""", "fake short-code or 400 hotline that even adds a 'beware of fraud' line", nums="short cn400"),
    scam("zh", "other", "*", """
企业名称:$B客户服务中心(分部)
主营业务:售后咨询、投诉受理、账户服务
联系电话:$N
所在地区:全国
公司简介:本中心为$B授权服务中心,为广大用户提供专业、高效的售后服务。
""", "B2B directory listing a fake 'authorised service centre' under the brand", nums="cn400 short"),
    scam("zh", "forum", "air", """
在$B买的机票航班被取消了,怎么退?
回复:打$B改签退票专线 $N,报订单号直接退,还能领延误补偿。官方热线 $O 太难打了,这个专线秒接。
""", "forum reply ranking a fake 'refund line' above the genuine hotline it also prints",
          nums="intl00 intlplus mobile_intl"),
    scam("zh", "blog", "video", """
$B直播打赏误充值可以退吗?
可以。根据平台规定,未成年人或误操作产生的打赏,在七日内可以申请退回。具体操作:拨打$B官方退款热线 $N,
客服会核实您的身份后原路退回。另外,大额充值建议保留银行流水截图。
""", "blog inventing a refund hotline for live-stream tips"),
    scam("zh", "other", "courier shop", """
尊敬的用户:您的包裹在运输途中丢失,$B将按照 3 倍运费进行赔偿。
请联系理赔专员 $N 办理退款,理赔单号 LP-20260512-0931,有效期 48 小时。
""", "fake lost-parcel compensation notice with a fake claims line"),
    scam("zh", "forum", "*", """
$B人工客服电话📞$N📞24小时在线,$B注销/退款/投诉都可以找这个,秒回!!!
""", "short forum spam with emoji around a fake hotline", variants=3),
    scam("zh", "blog", "appliance", """
$B空调售后维修价格表(2026版)
加氟:150-300 元;移机:200 元起;清洗:80 元/台;更换电容:120 元。
以上价格仅供参考,具体以师傅上门检测为准。预约$B官方售后请拨打 $N,报修时请说明机型和故障现象。
""", "price-list blog with a fake official after-sales number at the end", nums="cn400"),
    scam("zh", "search", "appliance", """
$B售后维修 - 24小时服务热线 $N - 30分钟上门
$B官方授权维修网点 · 不修好不收费 · 原厂配件
""", "search ad posing as an authorised repair network of the brand", nums="cn400"),
    scam("zh", "forum", "bank", """
$B的储蓄卡被冻结了,说是涉嫌电诈要解冻,柜台排队太久,有没有能电话办的?
—— 可以打$B的远程解冻专线 $N,我朋友就是这样解的,需要先做一个资金验证。
""", "forum reply offering a fake 'remote unfreeze' line for a bank"),
    scam("zh", "other", "telecom", """
$B宽带/手机套餐退订中心
您的 5G 套餐自动升级费用可申请退还。退订热线:$N
办理时请提供手机号与服务密码,以便客服核实身份。
""", "fake telecom refund centre asking for the service password"),
    scam("mixed", "search", "pay loan", """
$B Customer Service | $B客服电话 $N
Official hotline for account closure, refund and complaint · 官方人工 24h
""", "bilingual search snippet with a fake hotline"),
    scam("mixed", "forum", "shop air", """
Anyone know how to reach $B 客服 from overseas? 我在国外打不了官方热线。
Reply: try $N, they speak English and Chinese, 退款很快。
""", "bilingual forum reply giving a fake overseas line", nums="intlplus intl00"),
    scam("zh", "blog", "loan pay video", """
姐妹们!!$B会员费真的能退!!!亲测三天到账💰
上个月莫名其妙被扣了 198 的"加速卡",在 APP 里找客服一直是机器人。后来搜到$B官方退费热线 $N,
打过去报手机号,小哥哥说我是被误开通的,让我下载一个"安全助手"配合核验,第三天钱就回来了!
#$B #退会员费 #避坑指南
""", "lifestyle-note post promoting a fake refund hotline with hashtags", nums="intl00 cn400 mobile_intl"),
    scam("zh", "other", "shop pay", """
$B客户服务中心
地址:全国各地均设有服务网点
电话:$N
传真:$N2
业务范围:账户注销、资金解冻、订单退款、商家入驻咨询
(本页信息由网友提供,仅供参考)
""", "yellow-pages style entry with a fake phone and a fake fax under the brand", nums="cn400 intl00"),
    scam("zh", "forum", "loan", """
【回复】$B人工一直打不通?用这个!
官方那个号码 $O 要排队半小时,我后来打的是$B催收协商中心 $N,直接人工,帮我把下个月的账单延期了。
""", "reply placing a fake 'negotiation centre' beside the genuine hotline", nums="intl00 mobile_intl intlplus"),
    scam("zh", "search", "appliance", """
$B热水器维修电话-$B售后服务网点查询
$B客服:$N | 维修 安装 清洗 | 全市 2 小时上门 | 官方授权
$B燃气热水器故障代码大全:E0 E1 E2 E3 E4 E5 E6……
""", "search snippet of a fake appliance service page", nums="cn400", form="traditional"),
    scam("zh", "other", "loan pay shop video", """
<div class="kefu">
<p>$B 24 小时人工客服</p>
<p>热线:<a href="$T">$N</a></p>
<p>请在工作人员指导下完成身份核验与注销操作。</p>
</div>
""", "HTML help box with a fake hotline and matching tel: link", nums="intl00 intlplus cn400"),
    scam("zh", "blog", "appliance", """
$B热水器坏了别慌📌售后电话+故障自查手册
一、报修前先看
🔧 **$B售后总机(官方):$N**(7×24小时人工)
📞 服务范围:全国联保,整机保修 3 年
二、常见故障
1️⃣ 不点火:检查电池与燃气阀;
2️⃣ 水温忽冷忽热:清洗进水滤网;
3️⃣ 显示 E4:联系售后上门检修。
""", "markdown-and-emoji SEO blog stating a fake number as the brand's unified after-sales line; 1️⃣2️⃣3️⃣ are list markers",
          nums="cn400"),
    scam("zh", "other", "loan video pay", """
$B客服电话$B客服电话$B客服电话
【点击拨打人工客服】$N
随着越来越多的用户使用$B,关于会员扣费、借款注销的问题也越来越受到关注。$B作为一款热门应用,官方客服电话 $N 可为用户提供退款、注销、投诉等服务,建议用户优先拨打。
""", "hijacked news-style page with keyword stuffing and a fake hotline", nums="intl00 intlplus cn400"),
    scam("zh", "other", "*", """
问:$N 是$B的官方客服电话吗?打过去说可以帮我注销账户。
答:是的,这是$B官方客服热线,放心拨打,按提示转人工即可办理注销。
(本回答由网友提供 · 3 人觉得有用)
""", "Q&A whose answer vouches for a fake number as the brand's official line", nums="intl00 cn400 mobile_intl"),
    scam("zh", "blog", "bank loan", """
信用卡/网贷逾期了会坐牢吗?律师告诉你真相
一般情况下,信用卡逾期属于民事纠纷,只有在恶意透支、经发卡行两次催收后超过三个月仍不归还的情况下,才可能构成信用卡诈骗罪。网贷逾期同样以民事责任为主。
所以,逾期后最重要的是积极沟通。很多人不知道,$B其实设有专门的停息挂账办理中心,可以申请最长 60 期分期,并免除部分罚息。
$B停息挂账中心:$N(工作日 9:00-18:00)
""", "long legal-advice article that ends by planting a fake 'debt-restructuring centre' line",
          nums="cn400 intl00 mobile_intl"),
    scam("zh", "forum", "video shop", """
#$B客服# 家人们谁懂啊,直播间买的东西一直不发货,找到$B官方售后 $N,说是要先开通"商家保证金退款通道"才能退款,我已经转了 500 了……明天就能退吧?
""", "victim-style post that still presents the fake number as the brand's official after-sales line"),
    scam("zh", "blog", "loan pay", """
$B借款记录能删除吗?注销账户会不会影响征信?一文讲清楚
最近后台收到很多读者私信,问的都是同一类问题:以前在$B上借过钱,现在已经还清了,想把账户注销,顺便把借款记录删掉,以免影响以后办房贷。
先说结论:正规平台上报征信的借款记录,还清后会显示"结清",并不会因为注销账户而消失,也不存在"花钱删征信"的说法。
但是,注销账户本身是可以办理的,而且注销后不会再收到营销短信和电话。具体流程如下:
第一步,确认所有借款已经结清,没有待还账单;
第二步,解绑银行卡,关闭自动扣款;
第三步,联系人工客服提交注销申请。
很多读者反映 APP 里的在线客服是机器人,转不到人工。这里给大家一个小编亲测可用的人工通道:$B注销专线 $N,接通后说明"申请注销账户"即可,一般 1-3 个工作日处理完毕。
最后提醒:任何要求你先转账"验证资金"的,都是骗子。
""", "long SEO article that debunks one myth, then plants a fake 'closure line' near the end",
          nums="intl00 intlplus mobile_intl", variants=3),
    scam("zh", "other", "appliance", """
$B洗衣机售后服务电话(24小时人工)- 全国统一报修中心
【服务热线】$N
【服务时间】全年无休,早 7:00 至晚 23:00 人工接听,夜间可留言
【服务范围】滚筒洗衣机、波轮洗衣机、洗烘一体机、干衣机
【常见故障】
1. 不进水:检查水龙头是否打开、进水阀滤网是否堵塞;
2. 不排水:检查排水管是否弯折、排水泵是否有异物;
3. 脱水时剧烈震动:检查衣物是否偏于一侧,底脚是否调平;
4. 显示 E21/E30 等代码:多为排水或门锁故障,建议报修。
【收费说明】保修期内免费上门,保修期外按国家三包规定收取配件费和维修费,师傅上门后先报价、用户同意后再维修。
【温馨提示】为保证服务质量,请认准$B售后统一热线 $N,谨防上当受骗。
""", "long after-sales service page impersonating the brand's unified repair hotline", nums="cn400"),
    scam("mixed", "app", "shop video pay", """
$B Helper - 退款助手 Refund Assistant
一键申请退款 · Instant refunds · 24h 人工客服
遇到扣费问题?Call our hotline 客服热线 $N
Version 1.0.4 · Developer: Quick Service Studio
""", "bilingual fake app listing offering refunds through a fake hotline", nums="intlplus intl00"),
    scam("zh", "app", "courier shop", """
$B查件 - 快递查询·理赔·投诉
【理赔说明】快件丢失、破损可在线提交理赔,大额理赔请致电理赔专线 $N,专员一对一处理。
【隐私说明】我们不会收集您的银行卡密码。
版本:3.2.0 | 大小:18.6MB | 更新:2026年5月
""", "fake courier app listing with a fake claims line", nums="cn400 intl00 short"),
    scam("zh", "search", "loan", """
$B逾期协商 - 官方减免通道 | 停催 · 延期 · 减免罚息
拨打$B协商热线 $N,专业法务一对一处理,成功率 98%。
""", "search ad offering a fake debt-negotiation line in the brand's name", nums="intl00 cn400 mobile_intl"),
    scam("zh", "other", "appliance", """
$B熱水器售後服務(wù)中心
全國統(tǒng)一報修熱線:$N
$B售後服務(wù)網(wǎng)點覆蓋全國,接到報修后 2 小時上門。
服務(wù)項目:安裝、維修、清洗、保養(yǎng)。
""", "traditional-script after-sales listing with pinyin-annotation noise around a fake hotline",
          nums="cn400", form="traditional"),
]
